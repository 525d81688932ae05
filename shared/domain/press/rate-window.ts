/**
 * The fixed one-hour windows of the inquiry rate limit: a counter per window, and how long a refused caller
 * should wait (`Retry-After`) until the next window opens.
 */
const HOUR_MS = 60 * 60 * 1000;

export interface RateWindow {
  /** Stable label of the window, e.g. `2026-07-01T14` (UTC). */
  label: string;
  endsAt: Date;
  retryAfterSeconds: number;
}

export const hourWindow = (now: Date): RateWindow => {
  const start = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const endsAt = new Date(start + HOUR_MS);
  return {
    label: new Date(start).toISOString().slice(0, 13),
    endsAt,
    retryAfterSeconds: Math.max(1, Math.ceil((endsAt.getTime() - now.getTime()) / 1000)),
  };
};
