/**
 * The editor's working copy of an event: exactly the body PUT takes (EventConfigInput), changed field by field by
 * path, and cleaned of empty optional texts before it is validated with the API's own schema and sent.
 */
import type { EventConfigInput } from '../../../../shared/domain/event-config.ts';
import type { Language } from '../../../../shared/domain/primitives.ts';
import { DEFAULT_CLIENT_LIMIT_PER_HOUR, DEFAULT_EMAIL_LIMIT_PER_HOUR } from '../../../../shared/domain/rate-limits.ts';
import type { AdminEvent } from '../event-setup-api.ts';

export type Draft = EventConfigInput;
export type Path = readonly (string | number)[];

/** What every section gets: the draft, a setter by path, and the message for a path (its dotted name). */
export interface SectionProps {
  draft: Draft;
  set: (path: Path, value: unknown) => void;
  err: (path: string) => string | undefined;
}

/** A copy of `target` with the value at `path` replaced (arrays stay arrays). */
export const setIn = <T>(target: T, path: Path, value: unknown): T => {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const container = (target ?? (typeof head === 'number' ? [] : {})) as Record<string | number, unknown>;
  const copy = (Array.isArray(container) ? [...container] : { ...container }) as Record<string | number, unknown>;
  copy[head!] = setIn(container[head!], rest, value);
  return copy as T;
};

/** The body as loaded, without its id and time (which PUT does not take). */
export const draftOf = ({ id: _id, updatedAt: _updatedAt, ...body }: AdminEvent): Draft => body as Draft;

/** A new event's starting point: every required field present, the texts empty for the officer to fill. */
export const emptyDraft = (language: Language, timeZone: string): Draft => ({
  code: '',
  published: false,
  titles: { [language]: '' },
  description: {},
  startDate: '',
  endDate: '',
  dailyStart: '09:00',
  dailyEnd: '18:00',
  timeZone,
  venue: { name: '', city: '', country: '' },
  languages: [language],
  defaultLanguage: language,
  registration: {
    opensAt: '',
    closesAt: '',
    capacity: 100,
    quotas: { member_state: 5, observer: 2 },
    approvalRequired: true,
    waitlist: true,
    clientLimitPerHour: DEFAULT_CLIENT_LIMIT_PER_HOUR,
    emailLimitPerHour: DEFAULT_EMAIL_LIMIT_PER_HOUR,
  },
  ministries: ['Foreign Affairs', 'Interior', 'Justice', 'Other'],
  delegations: [],
  contacts: [],
  press: { defaultContact: '', rules: [], hourlyLimit: 5 },
  secretariatEmail: '',
  senderName: 'Plenary',
});

/** The body to validate and send: empty texts, and texts in a language the event no longer has, left out. */
export const toBody = (draft: Draft): Draft => {
  const withoutEmpty = (texts: Partial<Record<Language, string>> | undefined) =>
    Object.fromEntries(
      Object.entries(texts ?? {}).filter(
        ([lang, text]) => draft.languages.includes(lang as Language) && typeof text === 'string' && text.trim() !== '',
      ),
    );
  const { host, venue, description, registration, ...rest } = draft;
  const { address, ...place } = venue;
  const { nominationsCloseAt, ...settings } = registration;
  return {
    ...rest,
    registration: { ...settings, ...(nominationsCloseAt?.trim() ? { nominationsCloseAt } : {}) },
    titles: withoutEmpty(draft.titles),
    ...(description && Object.keys(withoutEmpty(description)).length ? { description: withoutEmpty(description) } : {}),
    ...(host ? { host } : {}),
    venue: { ...place, ...(address ? { address } : {}) },
    delegations: draft.delegations.map((d) => ({ ...d, names: withoutEmpty(d.names) })),
    contacts: draft.contacts.map((c) => ({ ...c, role: withoutEmpty(c.role) })),
  };
};

/** "AR, BR" -> ["AR", "BR"]; an empty list is left out (the rule's condition then matches anything). */
export const listOf = (text: string): string[] | undefined => {
  const items = text
    .split(/[\s,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
};

/** One entry per non-empty line (the ministries offered). */
export const listOfLines = (text: string): string[] =>
  text
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

/** Removes item `index` of the list at `path`; the keyboard lands on the list's "Add" button rather than nowhere. */
export const removeAndFocus = (set: SectionProps['set'], path: Path, list: readonly unknown[], index: number, addButtonId: string) => {
  set(
    path,
    list.filter((_, j) => j !== index),
  );
  setTimeout(() => document.getElementById(addButtonId)?.focus());
};
