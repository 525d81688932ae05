/** The Cognito adapter against a hand-written fake client: which admin calls it makes, and how it reads the answers. */
import { UsernameExistsException } from '@aws-sdk/client-cognito-identity-provider';
import { describe, expect, it } from 'vitest';
import { cognitoUserDirectory, type CognitoSender } from '../../shared/adapters/cognito-user-directory.ts';
import { ColleagueExists } from '../../shared/domain/colleagues/colleague-errors.ts';

type Call = { command: string; input: Record<string, unknown> };

/** Answers each command by its name; records every call. */
const fakeCognito = (answers: Record<string, (input: Record<string, unknown>) => unknown>) => {
  const calls: Call[] = [];
  const cognito = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      calls.push({ command: name, input: command.input });
      const answer = answers[name];
      if (!answer) throw new Error(`unexpected ${name}`);
      return answer(command.input);
    },
  } as unknown as CognitoSender;
  return { cognito, calls };
};

const attrs = (sub: string, email: string) => [
  { Name: 'sub', Value: sub },
  { Name: 'email', Value: email },
];

describe('the Cognito user directory', () => {
  it('lists users with their groups from ListUsers and one ListUsersInGroup per group, following pages', async () => {
    const { cognito, calls } = fakeCognito({
      ListUsers: ({ PaginationToken }) =>
        PaginationToken
          ? { Users: [{ Username: 'u2', Attributes: attrs('s2', 'b@example.org'), UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true }] }
          : {
              Users: [
                {
                  Username: 'u1',
                  Attributes: attrs('s1', 'a@example.org'),
                  UserStatus: 'CONFIRMED',
                  Enabled: false,
                  UserCreateDate: new Date('2026-01-02T03:04:05Z'),
                },
              ],
              PaginationToken: 'next',
            },
      ListUsersInGroup: ({ GroupName }) => ({
        Users: GroupName === 'press' ? [{ Username: 'u1' }, { Username: 'u2' }] : GroupName === 'secretariat' ? [{ Username: 'u1' }] : [],
      }),
    });
    const users = await cognitoUserDirectory({ userPoolId: 'pool-1', cognito }).list();
    expect(users).toEqual([
      {
        username: 'u1',
        sub: 's1',
        email: 'a@example.org',
        groups: ['secretariat', 'press'],
        status: 'active',
        enabled: false,
        createdAt: '2026-01-02T03:04:05.000Z',
      },
      {
        username: 'u2',
        sub: 's2',
        email: 'b@example.org',
        groups: ['press'],
        status: 'invited',
        enabled: true,
        createdAt: '1970-01-01T00:00:00.000Z',
      },
    ]);
    expect(calls.every((c) => c.input.UserPoolId === 'pool-1')).toBe(true);
    expect(calls.map((c) => c.command).sort()).toEqual(['ListUsers', 'ListUsers', 'ListUsersInGroup', 'ListUsersInGroup', 'ListUsersInGroup']);
  });

  it('invites by email with an emailed invitation, then adds the groups', async () => {
    const { cognito, calls } = fakeCognito({
      AdminCreateUser: () => ({
        User: { Username: 'uuid-1', Attributes: attrs('sub-1', 'c@example.org'), UserStatus: 'FORCE_CHANGE_PASSWORD', Enabled: true },
      }),
      AdminAddUserToGroup: () => ({}),
    });
    const user = await cognitoUserDirectory({ userPoolId: 'pool-1', cognito }).invite('c@example.org', ['press', 'checkin']);
    expect(user).toMatchObject({ username: 'uuid-1', sub: 'sub-1', groups: ['press', 'checkin'], status: 'invited' });
    expect(calls[0]).toEqual({
      command: 'AdminCreateUser',
      input: expect.objectContaining({ Username: 'c@example.org', DesiredDeliveryMediums: ['EMAIL'] }),
    });
    expect(calls.slice(1).map((c) => [c.command, c.input.Username, c.input.GroupName])).toEqual([
      ['AdminAddUserToGroup', 'uuid-1', 'press'],
      ['AdminAddUserToGroup', 'uuid-1', 'checkin'],
    ]);
  });

  it('a taken email is ColleagueExists; an unknown user is undefined', async () => {
    const { cognito } = fakeCognito({
      AdminCreateUser: () => {
        throw new UsernameExistsException({ message: 'exists', $metadata: {} });
      },
      AdminGetUser: () => {
        throw Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' });
      },
      AdminListGroupsForUser: () => ({ Groups: [] }),
    });
    const directory = cognitoUserDirectory({ userPoolId: 'pool-1', cognito });
    await expect(directory.invite('d@example.org', ['press'])).rejects.toBeInstanceOf(ColleagueExists);
    expect(await directory.find('nobody')).toBeUndefined();
  });
});
