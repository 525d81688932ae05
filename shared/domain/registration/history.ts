/** History entries: who did what to a registration, when and why. Stored as their own items beside it. */
import type { Actor, RegistrationStatus } from './registration.ts';

export const HISTORY_ACTIONS = ['nominated', 'registered', 'approved', 'declined', 'cancelled', 'promoted', 'updated', 'erased'] as const;
export type HistoryAction = (typeof HISTORY_ACTIONS)[number];

export interface HistoryEntry {
  id: string;
  registrationId: string;
  at: string;
  actor: Actor;
  action: HistoryAction;
  from?: RegistrationStatus;
  to: RegistrationStatus;
  reason?: string;
  /** For updates: which fields changed (names only, never values). */
  fields?: string[];
  /** The outbox ids of the emails this step owed (the console shows their delivery). */
  emails?: string[];
}
