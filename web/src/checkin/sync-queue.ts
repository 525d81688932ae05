/**
 * Sends the waiting scans to the API, oldest first, one at a time (ordered, and gentle on a weak venue network):
 * - 200: the scan is done; the API's view of the participant (first check-in's time and device) replaces the local one;
 * - 401/403: the sign-in has expired (or lost its group): stop, keep everything queued, ask for a fresh sign-in;
 * - any other 4xx (forged, not confirmed, bad request): recorded against the scan and shown, never retried;
 * - network error, 429 or 5xx: stop; the scan stays queued for the next try.
 */
import { ApiProblem } from '../api/http-client.ts';
import { finishScan, waitingScans, type QueuedScan } from './scan-queue.ts';
import type { CheckInAnswer, CheckInBody, RosterEntry } from './roster-types.ts';

export type SyncStop = 'synced' | 'offline' | 'sign-in' | 'busy';

export interface SyncDependencies {
  loadQueue(eventId: string): Promise<QueuedScan[]>;
  updateQueue(eventId: string, change: (queue: QueuedScan[]) => QueuedScan[]): Promise<QueuedScan[]>;
  /** The API's view of a participant after a check-in, into the local roster. */
  saveEntry(eventId: string, entry: RosterEntry): Promise<void>;
  post(eventId: string, token: string, body: CheckInBody): Promise<CheckInAnswer>;
  /** The current sign-in's token, or undefined when there is none (expired). */
  token(): string | undefined;
}

const bodyOf = (scan: QueuedScan): CheckInBody => ({
  scanId: scan.scanId,
  scannedAt: scan.scannedAt,
  device: scan.device,
  ...(scan.code ? { code: scan.code } : { registrationId: scan.registrationId }),
});

/** Sends what waits; says why it stopped. */
export const syncQueue = async (eventId: string, deps: SyncDependencies): Promise<SyncStop> => {
  for (const scan of waitingScans(await deps.loadQueue(eventId))) {
    const token = deps.token();
    if (!token) return 'sign-in';
    try {
      const answer = await deps.post(eventId, token, bodyOf(scan));
      await deps.saveEntry(eventId, answer.participant);
      await deps.updateQueue(eventId, (q) =>
        finishScan(q, scan.scanId, { status: 'done', outcome: { firstScan: answer.firstScan, at: answer.checkedInAt, device: answer.device } }),
      );
    } catch (error) {
      const status = error instanceof ApiProblem ? error.status : 0;
      if (status === 401 || status === 403) return 'sign-in';
      if (status === 0) return 'offline';
      if (status === 429 || status >= 500 || error instanceof ApiProblem === false) return 'busy';
      // Idempotency-key-in-flight (a first send still running) is a 409 worth retrying, unlike not-confirmed.
      if ((error as ApiProblem).slug === 'idempotency-key-in-flight') return 'busy';
      await deps.updateQueue(eventId, (q) => finishScan(q, scan.scanId, { status: 'refused', problem: (error as ApiProblem).slug }));
    }
  }
  return 'synced';
};
