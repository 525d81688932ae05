/** `<input type="datetime-local">` gives a wall-clock time; the API wants an instant with its offset. */

const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');

/** "2026-07-01T18:00" read in the browser's zone -> "2026-07-01T18:00:00-03:00"; anything else is returned as is for the schema to refuse. */
export const localToOffsetIso = (local: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return local;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  if (Number.isNaN(date.getTime())) return local;
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${local}:00${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
};

export const browserTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
