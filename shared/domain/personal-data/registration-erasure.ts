/**
 * A person's registration erased, on their own request (the manage link) or on one the secretariat received another
 * way. An active or waitlisted registration is first cancelled through the same use case as any cancellation, so the
 * waiting list moves exactly as it does then (the person is sent no email: they asked to be forgotten). Then one
 * erasure (erase-registration.ts) rewrites the registration, its history and its emails, and tells the secretariat.
 */
import { NotFound } from '../errors.ts';
import { outboxEntry } from '../notifications/outbox.ts';
import { makeChangeStatus, type ChangeDeps } from '../registration/change-status.ts';
import type { HistoryEntry } from '../registration/history.ts';
import { CommitRefused } from '../registration/ports.ts';
import { holdsClaims, type Actor, type Registration } from '../registration/registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries } from '../registration/retry.ts';
import { emailErasure, emailHoldsPersonalData, erasedRegistration, historyHoldsText, scrubbedHistoryEntry } from './erase-registration.ts';
import type { ErasurePlan, PersonalDataStore } from './ports.ts';
import { AlreadyErased } from './problems.ts';

export type ErasureRequest =
  /** `authorize` checks the manage token on the registration as read (404 otherwise). */
  { by: 'delegate'; authorize: (r: Registration) => void } | { by: 'secretariat'; actor: Extract<Actor, { kind: 'secretariat' }>; reason: string };

export const makeEraseRegistration = (deps: ChangeDeps & { personalData: PersonalDataStore }) => {
  const { events, registrations, personalData, clock, ids, retry = defaultRetryPolicy } = deps;
  const changeStatus = makeChangeStatus(deps);

  return async (eventId: string, id: string, request: ErasureRequest): Promise<Registration> => {
    const authorize = request.by === 'delegate' ? request.authorize : () => undefined;
    const actor: Actor = request.by === 'delegate' ? { kind: 'delegate' } : request.actor;
    const first = await registrations.get(eventId, id);
    if (!first) throw new NotFound('No such registration.');
    authorize(first);
    if (first.erasedAt) throw new AlreadyErased();

    const cancels = holdsClaims(first.status);
    if (cancels) await changeStatus(eventId, id, { action: 'cancel', actor, withoutEmail: true }, authorize);

    return withRetries(async () => {
      const event = await events.get(eventId);
      const before = await registrations.get(eventId, id);
      if (!event || !before) throw new NotFound('No such registration.');
      if (before.erasedAt) throw new AlreadyErased();
      // Only a registration that holds no claim is erased: the cancellation above released its email and head claims.
      if (holdsClaims(before.status)) throw new RetryLater('still holds its claims');
      const history = await registrations.history(eventId, id);
      const emails = await personalData.emails(history.flatMap((h) => h.emails ?? []));
      const now = clock.now().toISOString();
      const after = erasedRegistration(before, now);

      const notice = outboxEntry({
        id: ids.id(),
        eventId,
        kind: 'registration-erased-secretariat',
        to: { email: event.secretariatEmail },
        language: event.defaultLanguage,
        reference: before.reference,
        subjectId: id,
        createdAt: now,
        data: { registrationId: id, delegation: before.delegation, role: before.role, by: request.by, cancelled: cancels },
      });
      const erased: HistoryEntry = {
        id: ids.id(),
        registrationId: id,
        at: now,
        actor,
        action: 'erased',
        from: before.status,
        to: before.status,
        ...(request.by === 'secretariat' ? { reason: request.reason } : {}),
        emails: [notice.id],
      };
      const decided = emails.map(emailErasure);
      const plan: ErasurePlan<Registration, HistoryEntry> = {
        subject: { before, after },
        history: { eventId, entries: history.filter(historyHoldsText).map(scrubbedHistoryEntry) },
        emails: {
          keep: decided.flatMap((d) => ('keep' in d && emailHoldsPersonalData(d.before) ? [{ entry: d.keep, status: d.before.status }] : [])),
          drop: decided.flatMap((d) => ('drop' in d ? [d.drop] : [])),
        },
        added: { entry: erased, outbox: [notice] },
      };
      try {
        await personalData.eraseRegistration(plan);
      } catch (error) {
        if (error instanceof CommitRefused) throw new RetryLater([...error.reasons].join(','));
        throw error;
      }
      return after;
    }, retry);
  };
};

/** What the erasure routes answer: nothing personal (a replayed answer is kept for a day). */
export const toErasedView = (r: Registration) => ({ id: r.id, reference: r.reference, status: r.status, erasedAt: r.erasedAt ?? r.updatedAt });
