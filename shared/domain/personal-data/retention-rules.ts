/**
 * Retention of personal data (docs/privacy.md): `retention.personalDataDays` after an event's
 * end (default 90), a daily job erases every personal field of what the event stored and keeps what the statistics
 * need (delegation, role, category, status, dates, references, counters). These are the pure rules: when an event
 * is due, which stored things hold personal data and what each keeps. The job applies them (retention-job.ts).
 */
import type { EventConfig } from '../event-config.ts';
import { ERASED_PARTICIPANT } from './erase-registration.ts';

export const DEFAULT_PERSONAL_DATA_DAYS = 90;
/** Sent emails keep their body (the template data: names, messages) this long after they were sent. */
export const SENT_EMAIL_BODY_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export const personalDataDaysOf = (event: Pick<EventConfig, 'retention'>): number => event.retention?.personalDataDays ?? DEFAULT_PERSONAL_DATA_DAYS;

/** The day (YYYY-MM-DD) on which the event's personal data is erased: its end date plus the retention days. */
export const erasureDateOf = (event: Pick<EventConfig, 'endDate' | 'retention'>): string =>
  new Date(Date.parse(`${event.endDate}T00:00:00Z`) + personalDataDaysOf(event) * DAY_MS).toISOString().slice(0, 10);

/** Due from the start (UTC) of the erasure day: the daily job erases it on its first run that day or later. */
export const isErasureDue = (event: Pick<EventConfig, 'endDate' | 'retention'>, now: Date): boolean =>
  now.getTime() >= Date.parse(`${erasureDateOf(event)}T00:00:00Z`);

/** A sent email's body is dropped once it was sent this long ago (its address and facts stay until the event's erasure). */
export const isSentBodyDue = (entry: { status: string; sentAt?: string; settledAt?: string }, now: Date): boolean => {
  if (entry.status !== 'sent') return false;
  const sentAt = Date.parse(entry.sentAt ?? entry.settledAt ?? '');
  return Number.isFinite(sentAt) && now.getTime() - sentAt >= SENT_EMAIL_BODY_DAYS * DAY_MS;
};

/**
 * Every kind of stored thing of an event that can hold personal data (the adapter tells them apart by key and
 * `type`). Not listed, and kept as they are: the event configuration (the secretariat's own contacts), counters,
 * waiting-list entries (registration id and delegation), head-of-delegation claims (a delegation code), the
 * published badge key. Idempotency records and rate-limit windows are not the event's (their keys are hashes): the
 * job deletes idempotency records once expired, whatever event they were about (below); see docs/privacy.md.
 */
export const RETAINED_KINDS = [
  'registration',
  'registration-history',
  'email-claim',
  'focal-point',
  'delegation-history',
  'delegation-dossier',
  'inquiry',
  'inquiry-history',
  'check-in',
  'outbox',
] as const;
export type RetainedKind = (typeof RETAINED_KINDS)[number];

type Value = Record<string, unknown>;

/** What erasure does to one stored thing: nothing (nothing personal left), delete it, or store this value instead. */
export type Scrub = { do: 'keep' } | { do: 'delete' } | { do: 'replace'; value: Value };

/**
 * An idempotency record's expiry (`expiresAt`, epoch seconds, 24 h after its request) is compared with this: the
 * records expiring before it are expired. Powertools never replays an expired record (and overwrites it on a new
 * request with its key), so deleting one changes no answer; it only ends the stored response, which can hold names.
 */
export const idempotencyExpiryCutoff = (now: Date): number => Math.floor(now.getTime() / 1000);

export const isIdempotencyRecordExpired = (expiresAt: unknown, now: Date): boolean =>
  typeof expiresAt === 'number' && Number.isFinite(expiresAt) && expiresAt < idempotencyExpiryCutoff(now);

/** Set on every scrubbed value: the item holds no personal data any more, so a later run leaves it alone. */
export const ERASED_MARK = 'personalDataErasedAt';

const without = (value: Value, ...names: string[]): Value => {
  const copy = { ...value };
  for (const name of names) delete copy[name];
  return copy;
};

const object = (v: unknown): Value => (v && typeof v === 'object' ? (v as Value) : {});

/**
 * A history's actor keeps its kind and ids (a Cognito `sub`, a focal point's id), never a name: an empty one, so the
 * views that read it still get a string.
 */
const actorWithoutName = (actor: unknown): Value | undefined => {
  if (actor === undefined) return undefined;
  const value = object(actor);
  return 'name' in value ? { ...value, name: '' } : value;
};

/** Statuses an email still owed or in doubt can be in: erased, it will never be sent, so it becomes `failed` (still undelivered). */
const UNSETTLED_OUTBOX = ['pending', 'sending', 'uncertain'];

const scrubbers: Record<Exclude<RetainedKind, 'email-claim'>, (value: Value) => Value> = {
  // Keeps reference, status, delegation, its kind, role, language, consent flags, dates and version: the statistics.
  registration: (r) => ({
    ...without(r, 'reason', 'checkInCode', 'nominatedBy'),
    participant: { ...ERASED_PARTICIPANT },
    needs: { accessibility: '', dietary: '' },
    manageTokenHash: '',
    ...(r.nominatedBy ? { nominatedBy: { focalPointId: object(r.nominatedBy).focalPointId, name: '' } } : {}),
  }),
  'registration-history': (h) => ({ ...without(h, 'reason', 'actor'), actor: actorWithoutName(h.actor) }),
  'focal-point': (f) => ({
    ...without(f, 'revokedBy'),
    name: '',
    email: '',
    tokenHash: '',
    invitedBy: actorWithoutName(f.invitedBy),
    ...(f.revokedBy ? { revokedBy: actorWithoutName(f.revokedBy) } : {}),
  }),
  'delegation-history': (h) => ({ ...without(h, 'reason', 'actor'), actor: actorWithoutName(h.actor) }),
  // The note verbale itself is deleted from the bucket; its record keeps id, size and date, not the file's name.
  'delegation-dossier': (d) => ({
    ...without(d, 'submittedBy', 'decidedBy', 'returnReason'),
    ...(d.noteVerbale ? { noteVerbale: { ...object(d.noteVerbale), fileName: '' } } : {}),
    issuedUploads: [],
  }),
  // Keeps reference, status, topic, language, contact and rule, the response clock, dates; the journalist's country.
  inquiry: (i) => ({
    ...i,
    journalist: { name: '', email: '', outlet: '', ...(object(i.journalist).country ? { country: object(i.journalist).country } : {}) },
    subject: '',
    message: '',
  }),
  'inquiry-history': (h) => ({ ...without(h, 'note'), by: h.by === 'journalist' || h.by === 'system' ? h.by : '' }),
  'check-in': (c) => without(c, 'device'),
  // Keeps kind, status, reference, the registration or inquiry it was about, attempts and delivery dates.
  outbox: (e) => ({
    ...without(e, 'replyTo', 'release', 'suppression'),
    to: { email: '' },
    data: {},
    ...(UNSETTLED_OUTBOX.includes(String(e.status)) ? { status: 'failed', lastError: 'PersonalDataErased' } : {}),
    ...(e.release ? { release: without(object(e.release), 'by', 'reason') } : {}),
  }),
};

/** What erasure does to a stored thing of this kind. Scrubbing is idempotent: a scrubbed value is kept as it is. */
export const scrub = (kind: RetainedKind, value: Value, now: Date): Scrub => {
  if (kind === 'email-claim') return { do: 'delete' }; // its key is the address itself
  if (value[ERASED_MARK]) return { do: 'keep' };
  return { do: 'replace', value: { ...scrubbers[kind](value), [ERASED_MARK]: now.toISOString() } };
};

/** The addresses a stored thing names, so their suppression records can drop the address in clear first. */
export const addressesIn = (kind: RetainedKind, value: Value): string[] => {
  const emails =
    kind === 'registration'
      ? [object(value.participant).email]
      : kind === 'focal-point'
        ? [value.email]
        : kind === 'inquiry'
          ? [object(value.journalist).email]
          : kind === 'outbox'
            ? [object(value.to).email, object(value.replyTo).email]
            : [];
  return emails.filter((e): e is string => typeof e === 'string' && e.length > 0);
};

/** A sent email without its body: the template data goes, everything the console and statistics read stays. */
export const withoutBody = (entry: Value, now: Date): Value => ({ ...entry, data: {}, bodyDroppedAt: now.toISOString() });

/** The job's record of one event's erasure (`RETENTION` item): when it started and finished, what it changed. */
export interface RetentionRecord {
  eventId: string;
  startedAt: string;
  finishedAt?: string;
  /** Items changed (scrubbed or deleted) by kind, over every run; and document objects (incl. versions) deleted. */
  counts: Partial<Record<RetainedKind | 'documents' | 'suppressions', number>>;
  /** How many runs it took (a bounded run that stops early is finished by the next). */
  runs: number;
}
