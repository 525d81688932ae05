/**
 * A press officer accredits or declines the journalist behind an accreditation inquiry (docs/press.md, "Media
 * accreditation"). Accrediting goes through the registration commit path (shared/domain/registration/commit-writes.ts):
 * ONE transaction writes the confirmed registration (delegation PRESS, role press), its email claim, a place on the
 * media counter (COUNTER#QUOTA#PRESS, within registration.mediaCapacity, never the capacity or a quota), its history,
 * the journalist's email, and the inquiry's decision and history entry conditioned on the inquiry's version.
 * Declining writes the inquiry's decision, history and the journalist's email in one transaction.
 */
import { PRESS_DELEGATION } from '../badges/category.ts';
import type { Clock } from '../clock.ts';
import { NotFound } from '../errors.ts';
import type { EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Ids } from '../ids.ts';
import { hashManageToken, FIRST_TOKEN_VERSION } from '../manage-token.ts';
import { outboxEntry, type OutboxEntry } from '../notifications/outbox.ts';
import { CommitRefused, withHistory, type ManageTokens, type RegistrationStore } from '../registration/ports.ts';
import { formatReference } from '../registration/reference.ts';
import { participantName, type Registration } from '../registration/registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from '../registration/retry.ts';
import {
  AccreditationAlreadyDecided,
  JournalistAlreadyRegistered,
  MediaCapacityReached,
  NotAnAccreditationRequest,
  journalistParticipant,
  type AccreditationDecisionBody,
} from './accreditation.ts';
import type { Inquiry, InquiryHistoryEntry } from './inquiry.ts';
import type { InquiryStore } from './ports.ts';

export interface AccreditationDeps {
  events: Pick<EventStore, 'get' | 'forget'>;
  inquiries: Pick<InquiryStore, 'get' | 'update'>;
  registrations: Pick<RegistrationStore, 'nextReferenceNumber' | 'commit'>;
  tokens: ManageTokens;
  clock: Clock;
  ids: Ids;
  retry?: RetryPolicy;
}

/** Who decides: a signed-in press officer or secretariat member. */
export interface Decider {
  name: string;
  subject: string;
}

/** The decided inquiry (accredited: with the registration's id and reference in `accreditation`). */
export const makeDecideAccreditation = ({ events, inquiries, registrations, tokens, clock, ids, retry = defaultRetryPolicy }: AccreditationDeps) => {
  const loadUndecided = async (eventId: string, id: string): Promise<Inquiry> => {
    const inquiry = await inquiries.get(eventId, id);
    if (!inquiry) throw new NotFound('No such inquiry.');
    if (inquiry.topic !== 'accreditation') throw new NotAnAccreditationRequest();
    if (inquiry.accreditation) throw new AccreditationAlreadyDecided();
    return inquiry;
  };

  /** The inquiry once decided: answered (the decision is the answer; its response clock stops). */
  const decided = (inquiry: Inquiry, at: string, accreditation: NonNullable<Inquiry['accreditation']>): Inquiry => ({
    ...inquiry,
    status: 'answered',
    accreditation,
    updatedAt: at,
    version: inquiry.version + 1,
  });

  const historyOf = (before: Inquiry, after: Inquiry, by: Decider, emails: OutboxEntry[], reason?: string): InquiryHistoryEntry => ({
    id: ids.id(),
    inquiryId: before.id,
    at: after.updatedAt,
    action: after.accreditation?.outcome === 'accredited' ? 'accredited' : 'accreditation_declined',
    by: by.name,
    bySub: by.subject,
    from: before.status,
    to: after.status,
    ...(reason ? { note: reason } : {}),
    emails: emails.map((e) => e.id),
  });

  const decline = async (eventId: string, id: string, reason: string, by: Decider): Promise<Inquiry> =>
    withRetries(async () => {
      const before = await loadUndecided(eventId, id);
      const at = clock.now().toISOString();
      const after = decided(before, at, { outcome: 'declined', at, by: by.name, bySub: by.subject, reason });
      const email = outboxEntry({
        id: ids.id(),
        eventId,
        kind: 'media-declined',
        to: { email: before.journalist.email, name: before.journalist.name },
        language: before.language,
        reference: before.reference,
        subjectId: before.id,
        createdAt: at,
        data: { journalistName: before.journalist.name, inquiryId: before.id, reason },
      });
      const history = historyOf(before, after, by, [email], reason);
      // Lost to another writer (a reminder, a status change, the other decision): read again and decide again.
      if (!(await inquiries.update({ inquiry: after, history, outbox: [email], expectedVersion: before.version })))
        throw new RetryLater('inquiry changed');
      return after;
    }, retry);

  const accredit = async (
    eventId: string,
    id: string,
    body: Extract<AccreditationDecisionBody, { decision: 'accredit' }>,
    by: Decider,
  ): Promise<Inquiry> => {
    // Drawn once: a retry keeps the registration's id, token and reference (a refused one leaves a gap, as a registration does).
    let event: EventConfig | undefined;
    const registrationId = ids.id();
    const manageTokenHash = hashManageToken(await tokens.tokenFor(eventId, registrationId, FIRST_TOKEN_VERSION));
    let sequence: number | undefined;
    return withRetries(async () => {
      event ??= await events.get(eventId);
      if (!event) throw new NotFound('No such event.');
      const before = await loadUndecided(eventId, id);
      sequence ??= await registrations.nextReferenceNumber(eventId);
      const at = clock.now().toISOString();
      const registration: Registration = {
        id: registrationId,
        eventId,
        reference: formatReference(event.code, sequence),
        status: 'confirmed',
        participant: journalistParticipant(before.journalist, before.language, body.name),
        delegation: PRESS_DELEGATION,
        delegationKind: 'press',
        role: 'press',
        language: before.language,
        needs: { accessibility: '', dietary: '' },
        // They sent their details to be processed (the press form's notice); being listed is theirs to ask for.
        consent: { dataProcessing: true, listInParticipants: false },
        manageTokenHash,
        tokenVersion: FIRST_TOKEN_VERSION,
        checkInCode: ids.checkInCode(),
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      const email = outboxEntry({
        id: ids.id(),
        eventId,
        kind: 'media-accredited',
        to: { email: registration.participant.email, name: participantName(registration.participant) },
        language: registration.language,
        reference: registration.reference,
        subjectId: registration.id,
        createdAt: at,
        data: {
          participantName: participantName(registration.participant),
          registrationId: registration.id,
          checkInCode: registration.checkInCode!,
          outlet: before.journalist.outlet,
        },
      });
      const after = decided(before, at, {
        outcome: 'accredited',
        at,
        by: by.name,
        bySub: by.subject,
        ...(body.reason ? { reason: body.reason } : {}),
        registrationId: registration.id,
        registrationReference: registration.reference,
      });
      const actor = { kind: 'secretariat' as const, name: by.name, sub: by.subject };
      try {
        await registrations.commit({
          event,
          changes: [
            withHistory(registration, [email], {
              id: ids.id(),
              registrationId: registration.id,
              at,
              actor,
              action: 'registered',
              to: 'confirmed',
              ...(body.reason ? { reason: body.reason } : {}),
            }),
          ],
          inquiry: { inquiry: after, history: historyOf(before, after, by, [email], body.reason), expectedVersion: before.version },
        });
      } catch (error) {
        if (!(error instanceof CommitRefused)) throw error;
        const { reasons } = error;
        // The inquiry moved (another officer decided it first, whose registration then holds the email too) or the
        // configuration changed (perhaps the media capacity): read again and decide again, before naming a refusal.
        if (reasons.has('config')) {
          events.forget?.(eventId);
          event = undefined;
        }
        if (reasons.has('inquiry') || reasons.has('config')) throw new RetryLater([...reasons].join(','));
        if (reasons.has('email')) throw new JournalistAlreadyRegistered();
        if (reasons.has('quota')) throw new MediaCapacityReached();
        // A racing writer on one of the items: the same decision again.
        throw new RetryLater([...reasons].join(','));
      }
      return after;
    }, retry);
  };

  return async (eventId: string, id: string, body: AccreditationDecisionBody, by: Decider): Promise<Inquiry> =>
    body.decision === 'decline' ? decline(eventId, id, body.reason, by) : accredit(eventId, id, body, by);
};
