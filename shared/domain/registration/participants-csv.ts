/**
 * The list of participants as CSV: grouped by delegation (member states first, then observers, each in the
 * event's configured order), head of delegation first, then delegates, advisers and observers by name; accredited
 * journalists last, as the group "Press" (their outlet is their institution).
 * Spreadsheet-safe: a cell starting with = + - @ (or a tab or CR, which some spreadsheets also treat as a
 * formula prefix) is neutralised with a leading apostrophe (OWASP CSV injection); fields are quoted per
 * RFC 4180; UTF-8 with a BOM so Excel shows accents right; CRLF line ends. Invisible characters are stripped from
 * every cell before that check (inputs strip them already; this covers registrations stored before they did).
 */
import { stripInvisible } from '../invisible-chars.ts';
import { pickLocalized } from '../primitives.ts';
import type { EventConfig } from '../event-config.ts';
import { PRESS_DELEGATION } from '../badges/category.ts';
import { PRESS_SECTION_NAMES } from '../press/press-section.ts';
import { sortParticipants } from './participant-order.ts';
import type { Registration } from './registration.ts';

export const CSV_AUDIENCES = ['secretariat', 'publication'] as const;
export type CsvAudience = (typeof CSV_AUDIENCES)[number];

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutralise = (value: string): string => (FORMULA_START.test(value) ? `'${value}` : value);

export const csvCell = (value: string | number | boolean | null | undefined): string => {
  const text = neutralise(stripInvisible(value === null || value === undefined ? '' : String(value)));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

interface Column {
  header: string;
  value: (r: Registration, delegationName: string) => string | undefined;
}

const PUBLIC_COLUMNS: Column[] = [
  { header: 'Delegation', value: (_r, name) => name },
  { header: 'Delegation code', value: (r) => r.delegation },
  { header: 'Kind', value: (r) => r.delegationKind },
  { header: 'Role', value: (r) => r.role },
  { header: 'Title', value: (r) => r.participant.title },
  { header: 'Given name', value: (r) => r.participant.givenName },
  { header: 'Family name', value: (r) => r.participant.familyName },
  { header: 'Position', value: (r) => r.participant.position },
  { header: 'Institution', value: (r) => r.participant.institution },
];

const SECRETARIAT_COLUMNS: Column[] = [
  { header: 'Reference', value: (r) => r.reference },
  ...PUBLIC_COLUMNS,
  { header: 'Status', value: (r) => r.status },
  { header: 'Email', value: (r) => r.participant.email },
  { header: 'Phone', value: (r) => r.participant.phone },
  { header: 'Language', value: (r) => r.language },
  { header: 'Accessibility', value: (r) => r.needs.accessibility },
  { header: 'Dietary', value: (r) => r.needs.dietary },
  { header: 'Listed', value: (r) => (r.consent.listInParticipants ? 'yes' : 'no') },
  { header: 'Check-in code', value: (r) => r.checkInCode },
];

/**
 * `publication`: confirmed participants who consented to be listed, without contact details.
 * `secretariat`: every active registration (pending and confirmed), with contact details and needs.
 */
export const participantsCsv = (
  event: Pick<EventConfig, 'delegations' | 'defaultLanguage'>,
  registrations: readonly Registration[],
  audience: CsvAudience,
): string => {
  const columns = audience === 'publication' ? PUBLIC_COLUMNS : SECRETARIAT_COLUMNS;
  const included = registrations.filter((r) =>
    audience === 'publication'
      ? r.status === 'confirmed' && r.consent.listInParticipants
      : r.status === 'pending_approval' || r.status === 'confirmed',
  );
  const names = new Map(event.delegations.map((d) => [d.code, pickLocalized(d.names, event.defaultLanguage, event.defaultLanguage)]));
  // Accredited journalists come last, as their own group, named as the event's language names the press.
  names.set(PRESS_DELEGATION, PRESS_SECTION_NAMES[event.defaultLanguage]);
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const r of sortParticipants(event, included)) {
    lines.push(columns.map((c) => csvCell(c.value(r, names.get(r.delegation) ?? r.delegation))).join(','));
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
};
