/**
 * The check-in API's answers as the app uses them (issue 13's contract: GET .../check-in/roster, POST .../check-ins).
 * Written from the contract while the routes were being built; once their schemas are published these should become
 * `z.output` of them in web/src/api/responses.ts, as the other pages' answers are.
 */
import type { ParticipantCategory } from '../../../shared/domain/badges/category.ts';

export interface CheckedIn {
  at: string;
  device: string;
}

export interface RosterEntry {
  registrationId: string;
  reference: string;
  /** The human desk code printed on the badge, e.g. K7QM-4XPD (null where none was issued). */
  deskCode: string | null;
  name: { title?: string | undefined; givenName: string; familyName: string };
  delegation: { code: string; names: Record<string, string | undefined> } | null;
  organisation?: string | undefined;
  role: string;
  category: ParticipantCategory;
  checkedIn: CheckedIn | null;
}

export interface RosterPage {
  eventId: string;
  publicKey: string | null;
  generatedAt: string;
  items: RosterEntry[];
  nextCursor: string | null;
}

/** The roster as kept on the device: every page joined. */
export interface Roster {
  eventId: string;
  publicKey: string | null;
  generatedAt: string;
  entries: RosterEntry[];
}

export interface CheckInBody {
  scanId: string;
  scannedAt: string;
  device: string;
  code?: string;
  registrationId?: string;
}

export interface CheckInAnswer {
  participant: RosterEntry;
  firstScan: boolean;
  checkedInAt: string;
  device: string;
}
