/**
 * Finding a participant in the device's roster when the badge cannot be scanned: by name, reference or desk code,
 * ignoring case, accents and the desk code's dash (staff read "K7QM 4XPD" off a torn badge).
 */
import type { RosterEntry } from './roster-types.ts';

const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const compact = (text: string): string => fold(text).replace(/[^a-z0-9]/g, '');

export const fullName = (entry: RosterEntry): string => [entry.name.title, entry.name.givenName, entry.name.familyName].filter(Boolean).join(' ');

/** The entries matching every word of `query` (at most `limit`), or none for fewer than two characters. */
export const searchRoster = (entries: readonly RosterEntry[], query: string, limit = 20): RosterEntry[] => {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const code = compact(query);
  if (code.length < 2) return [];
  const matches = entries.filter((entry) => {
    const desk = compact(entry.deskCode ?? '');
    if ((desk && desk === code) || compact(entry.reference) === code) return true;
    if (code.length >= 4 && ((desk && desk.startsWith(code)) || compact(entry.reference).includes(code))) return true;
    const haystack = fold(`${fullName(entry)} ${entry.organisation ?? ''} ${entry.delegation?.code ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
  return matches.slice(0, limit);
};
