/**
 * The secretariat invites and revokes focal points, and sees every delegation's state. An invitation writes the
 * focal point, its history entry and the invitation email in ONE transaction (the adapter's job), so an invited
 * focal point always gets its email and an email never goes to someone not stored. A revocation takes effect at
 * once: the token's hash stays, but a revoked focal point's token is refused (delegation-access.ts).
 */
import type { Clock } from '../clock.ts';
import { NotFound, ValidationFailed } from '../errors.ts';
import { nominationsCloseAt, quotaFor, registrationModeOf, type EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Ids } from '../ids.ts';
import { EMAIL_KINDS, outboxEntry, type OutboxEntry } from '../notifications/outbox.ts';
import { hashDelegationToken } from './delegation-token.ts';
import type { DelegationDossier } from './dossier.ts';
import {
  isActiveFocalPoint,
  toFocalPointView,
  type DelegationActor,
  type DelegationHistoryEntry,
  type FocalPoint,
  type InviteFocalPointBody,
} from './focal-point.ts';

export interface FocalPointStore {
  /** Writes the focal point (new), its history entry and its emails in one transaction. */
  invite(focalPoint: FocalPoint, history: DelegationHistoryEntry, outbox: OutboxEntry[]): Promise<void>;
  get(eventId: string, code: string, id: string): Promise<FocalPoint | undefined>;
  /** Marks it revoked with its history entry, in one transaction; false when it was already revoked or is gone. */
  revoke(focalPoint: FocalPoint, history: DelegationHistoryEntry): Promise<boolean>;
  /** The focal points of one delegation (revoked ones too), read strongly consistently so a revocation holds at once. */
  listForDelegation(eventId: string, code: string): Promise<FocalPoint[]>;
  /** Every focal point of the event (revoked ones too), for every delegation. */
  list(eventId: string): Promise<FocalPoint[]>;
  /** What each delegation holds: active places (its quota counter), whether its head is named, and its dossier (if stored). */
  delegationUse(eventId: string): Promise<DelegationUse>;
}

export interface DelegationUse {
  quotas: Record<string, number>;
  heads: Set<string>;
  /** The stored dossiers (dossier.ts): a delegation's status past `nominating` and its note verbale come from there. */
  dossiers?: DelegationDossier[];
}

/** Derives a focal point's token (from the manage-link key): only its hash is kept. */
export interface DelegationTokens {
  tokenFor(eventId: string, code: string, focalPointId: string): Promise<string>;
}

export interface FocalPointDeps {
  events: Pick<EventStore, 'get'>;
  store: FocalPointStore;
  tokens: DelegationTokens;
  clock: Clock;
  ids: Ids;
}

/**
 * A delegation's state as the secretariat follows it: `submitted`, `returned` and `accredited` from its dossier
 * (dossier.ts); before it is submitted, `not_invited` (no active focal point), `invited` (a focal point, no place used
 * yet) or `nominating` (places in use).
 */
export const DELEGATION_STATUSES = ['not_invited', 'invited', 'nominating', 'submitted', 'returned', 'accredited'] as const;
export type DelegationStatus = (typeof DELEGATION_STATUSES)[number];

const eventAndDelegation = async (events: FocalPointDeps['events'], eventId: string, code: string) => {
  const event = await events.get(eventId);
  const delegation = event?.delegations.find((d) => d.code === code);
  if (!event || !delegation) throw new NotFound('No such event or delegation.');
  return { event, delegation };
};

export const makeFocalPoints = ({ events, store, tokens, clock, ids }: FocalPointDeps) => ({
  async invite(eventId: string, code: string, body: InviteFocalPointBody, actor: DelegationActor): Promise<{ id: string }> {
    const { event } = await eventAndDelegation(events, eventId, code);
    if (!event.languages.includes(body.language))
      throw new ValidationFailed([{ path: 'language', message: `Must be one of: ${event.languages.join(', ')}` }]);
    const id = ids.id();
    const now = clock.now().toISOString();
    const focalPoint: FocalPoint = {
      id,
      eventId,
      delegation: code,
      name: body.name,
      email: body.email,
      language: body.language,
      tokenHash: hashDelegationToken(await tokens.tokenFor(eventId, code, id)),
      invitedAt: now,
      invitedBy: actor,
    };
    const email = outboxEntry({
      id: ids.id(),
      eventId,
      kind: EMAIL_KINDS.focalPointInvited,
      to: { email: body.email, name: body.name },
      language: body.language,
      reference: `${event.code}-${code}`,
      subjectId: id,
      data: { focalPointName: body.name, focalPointId: id, delegation: code, nominationsCloseAt: nominationsCloseAt(event) },
      createdAt: now,
    });
    const history: DelegationHistoryEntry = {
      id: ids.id(),
      eventId,
      delegation: code,
      at: now,
      actor,
      action: 'focal-point-invited',
      focalPointId: id,
      emails: [email.id],
    };
    await store.invite(focalPoint, history, [email]);
    return { id };
  },

  /** Revokes at once; revoking again answers the same revoked focal point (a DELETE may be repeated). */
  async revoke(eventId: string, code: string, id: string, actor: DelegationActor) {
    await eventAndDelegation(events, eventId, code);
    const found = await store.get(eventId, code, id);
    if (!found) throw new NotFound('No such focal point.');
    if (!isActiveFocalPoint(found)) return toFocalPointView(found);
    const now = clock.now().toISOString();
    const revoked: FocalPoint = { ...found, revokedAt: now, revokedBy: actor };
    const history: DelegationHistoryEntry = {
      id: ids.id(),
      eventId,
      delegation: code,
      at: now,
      actor,
      action: 'focal-point-revoked',
      focalPointId: id,
    };
    if (await store.revoke(revoked, history)) return toFocalPointView(revoked);
    // Revoked meanwhile by someone else: answer what is stored.
    const again = await store.get(eventId, code, id);
    if (!again) throw new NotFound('No such focal point.');
    return toFocalPointView(again);
  },

  async list(eventId: string) {
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    const [focalPoints, use] = await Promise.all([store.list(eventId), store.delegationUse(eventId)]);
    return { items: delegationViews(event, focalPoints, use) };
  },
});

export const delegationViews = (event: EventConfig, focalPoints: FocalPoint[], use: DelegationUse) =>
  event.delegations.map((d) => {
    const mine = focalPoints.filter((f) => f.delegation === d.code).sort((a, b) => a.id.localeCompare(b.id));
    const used = use.quotas[d.code] ?? 0;
    const dossier = use.dossiers?.find((x) => x.delegation === d.code);
    const status: DelegationStatus =
      dossier && dossier.status !== 'nominating'
        ? dossier.status
        : !mine.some(isActiveFocalPoint)
          ? 'not_invited'
          : used > 0
            ? 'nominating'
            : 'invited';
    return {
      code: d.code,
      kind: d.kind,
      names: d.names,
      registration: registrationModeOf(event, d.kind),
      status,
      quota: quotaFor(event, d.code) ?? 0,
      used,
      headNamed: use.heads.has(d.code),
      focalPoints: mine.map(toFocalPointView),
      noteVerbale: dossier?.noteVerbale ?? null,
      submittedAt: dossier?.submittedAt ?? null,
      submittedBy: dossier?.submittedBy ?? null,
      decidedAt: dossier?.decidedAt ?? null,
      decidedBy: dossier?.decidedBy ?? null,
    };
  });
