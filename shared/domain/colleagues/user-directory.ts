/**
 * The port the colleague use cases need of whatever keeps the console's accounts: Cognito's admin API in AWS
 * (shared/adapters/cognito-user-directory.ts), the local sign-in's own list locally (local/local-user-directory.ts).
 */
import type { Group } from '../groups.ts';
import type { DirectoryUser } from './colleague.ts';

export interface UserDirectory {
  /** Every account (a secretariat has few: the adapters read them all). */
  list(): Promise<DirectoryUser[]>;
  /** One account with its groups, or undefined. */
  find(username: string): Promise<DirectoryUser | undefined>;
  /** Creates the account and sends the invitation email; throws ColleagueExists for a taken email. */
  invite(email: string, groups: readonly Group[]): Promise<DirectoryUser>;
  addToGroups(username: string, groups: readonly Group[]): Promise<void>;
  removeFromGroups(username: string, groups: readonly Group[]): Promise<void>;
  remove(username: string): Promise<void>;
}
