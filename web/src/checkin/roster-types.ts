/**
 * The check-in API's answers as the app uses them, typed from the very schemas the OpenAPI document publishes
 * (shared/domain/venue/roster-entry.ts), as web/src/api/responses.ts does for the other pages. Type-only imports:
 * no schema reaches the bundle.
 */
import type * as z from 'zod/mini';
import type { CheckInBody as CheckInBodySchema } from '../../../shared/domain/venue/check-in.ts';
import type { CheckInAnswerSchema, CheckInRosterSchema, RosterEntrySchema } from '../../../shared/domain/venue/roster-entry.ts';

export type RosterEntry = z.output<typeof RosterEntrySchema>;
export type CheckedIn = NonNullable<RosterEntry['checkedIn']>;
export type RosterPage = z.output<typeof CheckInRosterSchema>;
export type CheckInAnswer = z.output<typeof CheckInAnswerSchema>;
export type CheckInBody = z.input<typeof CheckInBodySchema>;

/** The roster as kept on the device: every page joined. */
export interface Roster {
  eventId: string;
  publicKey: string | null;
  generatedAt: string;
  entries: RosterEntry[];
}
