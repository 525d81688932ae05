/**
 * What the door says about a scanned text, decided on the device (no network needed): the badge's signature against
 * the event's public key from the roster, then the roster itself (a cancelled or unconfirmed participant is not in
 * it), then whether they are already checked in.
 */
import { parseCheckInCode, type CheckInCodeVerdict } from '../../../shared/domain/badges/check-in-code.ts';
import { findEntry } from './local-roster.ts';
import type { CheckedIn, Roster, RosterEntry } from './roster-types.ts';

/** Why a badge is refused: forged (signature), another event's, not a badge at all, or a person not (or no longer) confirmed. */
export type Refusal = 'forged' | 'other_event' | 'unknown' | 'not_confirmed' | 'no_key';

export type ScanVerdict =
  { kind: 'admit'; entry: RosterEntry } | { kind: 'already'; entry: RosterEntry; checkedIn: CheckedIn } | { kind: 'refused'; reason: Refusal };

export const verdictForEntry = (entry: RosterEntry | undefined): ScanVerdict =>
  !entry
    ? { kind: 'refused', reason: 'not_confirmed' }
    : entry.checkedIn
      ? { kind: 'already', entry, checkedIn: entry.checkedIn }
      : { kind: 'admit', entry };

export const verdictForCode = async (
  code: string,
  roster: Roster,
  publicKey: CryptoKey | undefined,
  verify: (code: string, eventId: string, key: CryptoKey) => Promise<CheckInCodeVerdict>,
): Promise<ScanVerdict> => {
  if (!parseCheckInCode(code)) return { kind: 'refused', reason: 'unknown' };
  if (!publicKey) return { kind: 'refused', reason: 'no_key' };
  const checked = await verify(code, roster.eventId, publicKey);
  if (!checked.valid)
    return { kind: 'refused', reason: checked.reason === 'other_event' ? 'other_event' : checked.reason === 'bad_signature' ? 'forged' : 'unknown' };
  return verdictForEntry(findEntry(roster, checked.subject.registrationId));
};
