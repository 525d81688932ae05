/**
 * The roster kept on the device: marking a participant checked in the moment their badge is accepted (so a second
 * scan here says "already checked in" at once, online or not), and merging a fresh download from the API without
 * losing the marks of scans the API has not received yet.
 */
import type { QueuedScan } from './scan-queue.ts';
import type { CheckedIn, Roster, RosterEntry } from './roster-types.ts';

export const findEntry = (roster: Roster, registrationId: string): RosterEntry | undefined =>
  roster.entries.find((e) => e.registrationId === registrationId);

/** Marks one participant checked in unless they already are (the first check-in wins, as on the server). */
export const markCheckedIn = (roster: Roster, registrationId: string, checkedIn: CheckedIn): Roster => ({
  ...roster,
  entries: roster.entries.map((e) => (e.registrationId === registrationId && !e.checkedIn ? { ...e, checkedIn } : e)),
});

/** Puts the API's view of one participant (after a check-in) into the roster. */
export const replaceEntry = (roster: Roster, entry: RosterEntry): Roster => ({
  ...roster,
  entries: roster.entries.map((e) => (e.registrationId === entry.registrationId ? entry : e)),
});

/**
 * The fresh roster, with this device's own check-ins kept as marks where the download does not show them yet (still
 * queued, or sent while the download was on its way). Anyone no longer in the fresh roster (cancelled) is gone,
 * whatever this device knew; refused scans mark nobody.
 */
export const mergeRoster = (fresh: Roster, scans: readonly QueuedScan[], registrationIdOf: (scan: QueuedScan) => string | undefined): Roster =>
  scans.reduce((roster, scan) => {
    const id = scan.status === 'refused' ? undefined : registrationIdOf(scan);
    return id
      ? markCheckedIn(roster, id, scan.outcome ? { at: scan.outcome.at, device: scan.outcome.device } : { at: scan.scannedAt, device: scan.device })
      : roster;
  }, fresh);
