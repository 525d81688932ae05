/**
 * The colleague directory in AWS: Cognito's admin API on the console's user pool. AdminCreateUser with
 * DesiredDeliveryMediums EMAIL makes Cognito send the invitation (a temporary password, valid three days: infra/auth.ts
 * sets its text). The pool signs in by email, so Cognito names each user with a UUID (`Username`), and the email is
 * an alias that every Admin* call also accepts. Every action called here is one the route declares in `access.cognito`
 * (its IAM grants); the list reads ListUsers once and each group's members once instead of each user's groups.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDeleteUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  ListUsersInGroupCommand,
  UserNotFoundException,
  UsernameExistsException,
  type AttributeType,
  type UserType,
} from '@aws-sdk/client-cognito-identity-provider';
import { ColleagueExists } from '../domain/colleagues/colleague-errors.ts';
import type { ColleagueStatus, DirectoryUser } from '../domain/colleagues/colleague.ts';
import type { UserDirectory } from '../domain/colleagues/user-directory.ts';
import { GROUPS, isGroup, type Group } from '../domain/groups.ts';
import { env } from './env.ts';

/** What the adapter needs of the SDK client: a fake in unit tests implements just this. */
export interface CognitoSender {
  send: CognitoIdentityProviderClient['send'];
}

let client: CognitoIdentityProviderClient | undefined;
/** The console's Cognito user pool, read on use (only the colleague routes have USER_POOL_ID). */
const userPoolIdFromEnv = (): string => {
  const id = process.env.USER_POOL_ID;
  if (!id) throw new Error('USER_POOL_ID is not set');
  return id;
};

const defaultClient = (): CognitoSender => (client ??= new CognitoIdentityProviderClient({ region: env.region }));

/** Cognito pages ListUsers by 60; past this many pages the pool is not a secretariat's and we stop reading. */
const MAX_PAGES = 20;

const STATUS: Record<string, ColleagueStatus> = {
  FORCE_CHANGE_PASSWORD: 'invited',
  CONFIRMED: 'active',
  EXTERNAL_PROVIDER: 'active',
  RESET_REQUIRED: 'reset-required',
};

const attribute = (attributes: AttributeType[] | undefined, name: string): string => attributes?.find((a) => a.Name === name)?.Value ?? '';

const toUser = (
  user: Pick<UserType, 'Username' | 'UserStatus' | 'Enabled' | 'UserCreateDate'> & { Attributes?: AttributeType[] | undefined },
  groups: Group[],
): DirectoryUser => ({
  username: user.Username ?? '',
  sub: attribute(user.Attributes, 'sub'),
  email: attribute(user.Attributes, 'email'),
  groups,
  status: STATUS[user.UserStatus ?? ''] ?? 'other',
  enabled: user.Enabled ?? true,
  createdAt: (user.UserCreateDate ?? new Date(0)).toISOString(),
});

/** Follows `PaginationToken`/`NextToken` to the end (or MAX_PAGES). */
const readAll = async <T>(page: (token: string | undefined) => Promise<{ items: T[]; next: string | undefined }>): Promise<T[]> => {
  const all: T[] = [];
  let token: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const { items, next } = await page(token);
    all.push(...items);
    if (!next) break;
    token = next;
  }
  return all;
};

const notFoundIsUndefined = <T>(error: unknown): T | undefined => {
  if (error instanceof UserNotFoundException || (error as Error | undefined)?.name === 'UserNotFoundException') return undefined;
  throw error;
};

export const cognitoUserDirectory = ({
  userPoolId = userPoolIdFromEnv(),
  cognito = defaultClient(),
}: { userPoolId?: string; cognito?: CognitoSender } = {}): UserDirectory => {
  const UserPoolId = userPoolId;
  const groupsOf = async (username: string): Promise<Group[]> =>
    (
      await readAll(async (NextToken) => {
        const out = await cognito.send(new AdminListGroupsForUserCommand({ UserPoolId, Username: username, NextToken }));
        return { items: (out.Groups ?? []).map((g) => g.GroupName), next: out.NextToken };
      })
    ).filter(isGroup);
  const eachGroup = (
    username: string,
    groups: readonly Group[],
    command: typeof AdminAddUserToGroupCommand | typeof AdminRemoveUserFromGroupCommand,
  ) => Promise.all(groups.map((GroupName) => cognito.send(new command({ UserPoolId, Username: username, GroupName }))));

  return {
    list: async () => {
      const [users, ...members] = await Promise.all([
        readAll(async (PaginationToken) => {
          const out = await cognito.send(new ListUsersCommand({ UserPoolId, PaginationToken }));
          return { items: out.Users ?? [], next: out.PaginationToken };
        }),
        ...GROUPS.map((GroupName) =>
          readAll(async (NextToken) => {
            const out = await cognito.send(new ListUsersInGroupCommand({ UserPoolId, GroupName, NextToken }));
            return { items: (out.Users ?? []).map((u) => u.Username), next: out.NextToken };
          }),
        ),
      ]);
      return users.map((user) =>
        toUser(
          user,
          GROUPS.filter((_, i) => members[i]!.includes(user.Username)),
        ),
      );
    },

    find: async (username) => {
      try {
        const [user, groups] = await Promise.all([cognito.send(new AdminGetUserCommand({ UserPoolId, Username: username })), groupsOf(username)]);
        return toUser({ ...user, Attributes: user.UserAttributes }, groups);
      } catch (error) {
        return notFoundIsUndefined(error);
      }
    },

    invite: async (email, groups) => {
      try {
        const { User } = await cognito.send(
          new AdminCreateUserCommand({
            UserPoolId,
            Username: email,
            // Verified: the invitation itself proves the address, and Cognito sends recovery codes only to verified ones.
            UserAttributes: [
              { Name: 'email', Value: email },
              { Name: 'email_verified', Value: 'true' },
            ],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
        const username = User?.Username ?? email;
        await eachGroup(username, groups, AdminAddUserToGroupCommand);
        return toUser({ ...User, Attributes: User?.Attributes }, [...groups]);
      } catch (error) {
        if (error instanceof UsernameExistsException || (error as Error | undefined)?.name === 'UsernameExistsException') throw new ColleagueExists();
        throw error;
      }
    },

    addToGroups: async (username, groups) => void (await eachGroup(username, groups, AdminAddUserToGroupCommand)),
    removeFromGroups: async (username, groups) => void (await eachGroup(username, groups, AdminRemoveUserFromGroupCommand)),
    remove: async (username) => void (await cognito.send(new AdminDeleteUserCommand({ UserPoolId, Username: username }))),
  };
};
