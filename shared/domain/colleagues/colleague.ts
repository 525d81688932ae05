/**
 * A colleague: a console user as the secretariat manages them (invite, change groups, remove), whatever keeps the
 * accounts (Cognito in AWS, the local sign-in's list locally). The schemas are the API's own.
 */
import * as z from 'zod/mini';
import { GROUPS, type Group } from '../groups.ts';
import { Email } from '../primitives.ts';

/**
 * `invited`: has not signed in yet (Cognito's FORCE_CHANGE_PASSWORD); `active`: has; `reset-required`: must reset
 * their password before signing in again; `other`: any state the console has no words for (archived, compromised).
 */
export const COLLEAGUE_STATUSES = ['invited', 'active', 'reset-required', 'other'] as const;
export type ColleagueStatus = (typeof COLLEAGUE_STATUSES)[number];

export interface Colleague {
  /** The account's name in the directory: in Cognito a UUID (the pool signs in by email), locally a short name. */
  username: string;
  email: string;
  groups: Group[];
  status: ColleagueStatus;
  /** A disabled account cannot sign in (set outside Plenary, e.g. in the AWS console). */
  enabled: boolean;
  /** ISO 8601. */
  createdAt: string;
}

/** What the directory also knows: the `sub` claim of the user's tokens, which tells an officer from a colleague. */
export interface DirectoryUser extends Colleague {
  sub: string;
}

/** One or more groups, each once. */
export const ColleagueGroups = z.array(z.enum(GROUPS)).check(
  z.minLength(1, 'Choose at least one group'),
  z.refine((groups) => new Set(groups).size === groups.length, 'Each group at most once'),
);

export const InviteColleagueBody = z.strictObject({ email: Email, groups: ColleagueGroups });
export type InviteColleagueBody = z.output<typeof InviteColleagueBody>;

export const ChangeGroupsBody = z.strictObject({ groups: ColleagueGroups });
export type ChangeGroupsBody = z.output<typeof ChangeGroupsBody>;

/** Cognito usernames are at most 128 characters; ours are UUIDs or short names, so a conservative alphabet. */
export const ColleagueParams = z.strictObject({
  username: z.string().check(z.regex(/^[A-Za-z0-9._@+-]{1,128}$/, 'A username: letters, digits and . _ @ + -, at most 128')),
});

export const toColleague = ({ username, email, groups, status, enabled, createdAt }: DirectoryUser): Colleague => ({
  username,
  email,
  groups: GROUPS.filter((g) => groups.includes(g)),
  status,
  enabled,
  createdAt,
});
