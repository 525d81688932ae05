/** The colleague use cases over a small in-memory directory: the group diff, and the two refusals that keep the secretariat in. */
import { describe, expect, it } from 'vitest';
import { CannotLeaveSecretariat, CannotRemoveYourself, ColleagueExists } from '../../shared/domain/colleagues/colleague-errors.ts';
import { makeColleagues } from '../../shared/domain/colleagues/colleague-use-cases.ts';
import { ChangeGroupsBody, InviteColleagueBody, type DirectoryUser } from '../../shared/domain/colleagues/colleague.ts';
import type { UserDirectory } from '../../shared/domain/colleagues/user-directory.ts';
import { NotFound } from '../../shared/domain/errors.ts';

const user = (username: string, email: string, groups: DirectoryUser['groups']): DirectoryUser => ({
  username,
  sub: `sub-${username}`,
  email,
  groups,
  status: 'active',
  enabled: true,
  createdAt: '2026-11-30T00:00:00.000Z',
});

const fakeDirectory = (users: DirectoryUser[]) => {
  const calls: string[] = [];
  const directory: UserDirectory = {
    list: async () => users,
    find: async (username) => users.find((u) => u.username === username),
    invite: async (email, groups) => {
      if (users.some((u) => u.email === email)) throw new ColleagueExists();
      const created = { ...user(`u${users.length}`, email, [...groups]), status: 'invited' as const };
      users.push(created);
      return created;
    },
    addToGroups: async (username, groups) => void calls.push(`add ${username} ${groups.join(',')}`),
    removeFromGroups: async (username, groups) => void calls.push(`remove ${username} ${groups.join(',')}`),
    remove: async (username) => void calls.push(`delete ${username}`),
  };
  return { directory, calls };
};

const officer = { subject: 'sub-ana' };

describe('colleagues', () => {
  it('lists by email, without the sub, groups in their canonical order', async () => {
    const { directory } = fakeDirectory([user('zoe', 'zoe@example.org', ['checkin', 'press']), user('ana', 'ana@example.org', ['secretariat'])]);
    const list = await makeColleagues({ directory }).list();
    expect(list.map((c) => c.email)).toEqual(['ana@example.org', 'zoe@example.org']);
    expect(list[1]).toEqual({
      username: 'zoe',
      email: 'zoe@example.org',
      groups: ['press', 'checkin'],
      status: 'active',
      enabled: true,
      createdAt: '2026-11-30T00:00:00.000Z',
    });
  });

  it('changes groups by adding what is new first, then removing what is gone', async () => {
    const { directory, calls } = fakeDirectory([user('ana', 'ana@example.org', ['secretariat']), user('bo', 'bo@example.org', ['press', 'checkin'])]);
    const changed = await makeColleagues({ directory }).changeGroups(officer, 'bo', { groups: ['secretariat', 'press'] });
    expect(changed.groups).toEqual(['secretariat', 'press']);
    expect(calls).toEqual(['add bo secretariat', 'remove bo checkin']);
  });

  it('refuses an officer leaving the secretariat group or removing themselves; an unknown colleague is not found', async () => {
    const { directory, calls } = fakeDirectory([user('ana', 'ana@example.org', ['secretariat'])]);
    const colleagues = makeColleagues({ directory });
    await expect(colleagues.changeGroups(officer, 'ana', { groups: ['press'] })).rejects.toBeInstanceOf(CannotLeaveSecretariat);
    await expect(colleagues.remove(officer, 'ana')).rejects.toBeInstanceOf(CannotRemoveYourself);
    await expect(colleagues.remove(officer, 'nobody')).rejects.toBeInstanceOf(NotFound);
    expect(calls).toEqual([]);
    await colleagues.changeGroups(officer, 'ana', { groups: ['secretariat', 'checkin'] });
    expect(calls).toEqual(['add ana checkin']);
  });

  it('takes one or more known groups, each once, and a valid email', () => {
    expect(InviteColleagueBody.safeParse({ email: ' Bo@Example.org ', groups: ['press'] }).data).toEqual({
      email: 'Bo@Example.org',
      groups: ['press'],
    });
    for (const groups of [[], ['admin'], ['press', 'press']])
      expect(ChangeGroupsBody.safeParse({ groups }).success, JSON.stringify(groups)).toBe(false);
    expect(InviteColleagueBody.safeParse({ email: 'nope', groups: ['press'] }).success).toBe(false);
  });
});
