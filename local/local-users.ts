/**
 * The local sign-in's own user list: who may sign in on the local platform, with which groups. Kept in the data
 * folder (`.data/local-users.json`) so invited colleagues survive a restart, or in memory with `--memory`. The two
 * sample users (LOCAL_USERS in local-auth.ts) are put in on first start, so `npm start` offers them as before.
 * The colleague routes change it through local-user-directory.ts, as they change Cognito's pool in AWS.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DirectoryUser } from '../shared/domain/colleagues/colleague.ts';
import { LOCAL_USERS } from './local-auth.ts';

export type LocalUser = DirectoryUser;

export interface LocalUserList {
  all(): LocalUser[];
  find(username: string): LocalUser | undefined;
  /** Replaces the user of that username where it stands, or adds it at the end. */
  put(user: LocalUser): void;
  delete(username: string): void;
}

/** The sub a sample user's token has always carried (`local-secretariat`), so earlier data keeps naming them. */
export const localSub = (username: string): string => `local-${username}`;

const samples = (now: string): LocalUser[] =>
  Object.entries(LOCAL_USERS).map(([username, { email, groups }]) => ({
    username,
    sub: localSub(username),
    email,
    groups: [...groups],
    status: 'active',
    enabled: true,
    createdAt: now,
  }));

/** `file` undefined: in memory. */
export const openLocalUserList = (file?: string, now = new Date().toISOString()): LocalUserList => {
  let users: LocalUser[] = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { users: LocalUser[] }).users : samples(now);
  const save = () => {
    if (!file) return;
    mkdirSync(dirname(file), { recursive: true });
    // Written whole and renamed, so a crash never leaves half a list.
    writeFileSync(`${file}.tmp`, JSON.stringify({ users }, null, 2), { mode: 0o600 });
    renameSync(`${file}.tmp`, file);
  };
  if (file && !existsSync(file)) save();
  return {
    all: () => users.map((u) => ({ ...u, groups: [...u.groups] })),
    find: (username) => {
      const user = users.find((u) => u.username === username);
      return user && { ...user, groups: [...user.groups] };
    },
    put: (user) => {
      // In place, so the sign-in page keeps its order (the sample secretariat officer first).
      const copy = { ...user, groups: [...user.groups] };
      const at = users.findIndex((u) => u.username === user.username);
      users = at < 0 ? [...users, copy] : users.map((u, i) => (i === at ? copy : u));
      save();
    },
    delete: (username) => {
      users = users.filter((u) => u.username !== username);
      save();
    },
  };
};
