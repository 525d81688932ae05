/**
 * The device's queue of check-ins, as plain data (kept in IndexedDB by checkin-storage.ts): every accepted scan is
 * written here before anything else, so no scan is lost when the network, the battery or the sign-in goes away.
 * A scan waits until the API answers it: `done` (the API's verdict) or `refused` (a 4xx answer, kept and shown, never
 * retried). ULID scan ids sort by time, so the queue is sent in the order the badges were scanned.
 */
export interface QueuedScan {
  scanId: string;
  eventId: string;
  scannedAt: string;
  device: string;
  /** The badge's signed code, or (damaged badge found by search) the registration id. */
  code?: string;
  registrationId?: string;
  /** Who it is, so the waiting list can show a name without the roster. */
  label: string;
  status: 'waiting' | 'done' | 'refused';
  /** `done`: the API's answer (the first check-in's time and device). */
  outcome?: { firstScan: boolean; at: string; device: string };
  /** `refused`: the problem's slug (e.g. `not-confirmed`, `invalid-badge`). */
  problem?: string;
}

/** Finished scans kept to show (a refused one must stay visible); older ones are dropped. */
export const KEEP_FINISHED = 50;

export const addScan = (queue: readonly QueuedScan[], scan: QueuedScan): QueuedScan[] =>
  queue.some((s) => s.scanId === scan.scanId) ? [...queue] : [...queue, scan].sort((a, b) => (a.scanId < b.scanId ? -1 : 1));

export const waitingScans = (queue: readonly QueuedScan[]): QueuedScan[] => queue.filter((s) => s.status === 'waiting');

export const refusedScans = (queue: readonly QueuedScan[]): QueuedScan[] => queue.filter((s) => s.status === 'refused');

/** Records the API's verdict on one scan, and forgets the oldest finished scans beyond `KEEP_FINISHED`. */
export const finishScan = (
  queue: readonly QueuedScan[],
  scanId: string,
  result: { status: 'done'; outcome: NonNullable<QueuedScan['outcome']> } | { status: 'refused'; problem: string },
): QueuedScan[] => {
  const updated = queue.map((s) => (s.scanId === scanId ? { ...s, ...result } : s));
  const finished = updated.filter((s) => s.status !== 'waiting');
  const drop = new Set(finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)).map((s) => s.scanId));
  return updated.filter((s) => !drop.has(s.scanId));
};
