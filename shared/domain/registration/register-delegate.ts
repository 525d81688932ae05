/**
 * A delegate registers. One transaction claims the email, the head of delegation (for a head), a seat and
 * a quota place, and writes the registration, its history entry and the emails it owes; when a limit is
 * full and the event keeps a waiting list, a second transaction puts it on the waiting list instead.
 *
 * Every decision is made against a configuration that passed ALL the event checks (a refusal is confirmed on
 * a fresh read, never made on a cached one). While promotions are owed after a change of limits
 * (`promotionsDue`), a newcomer joins the end of the waiting list, conditioned on the mark still standing: the
 * promotions then reach them in their turn, and nobody is seated ahead of someone older who fits.
 */
import { DomainError, NotFound } from '../errors.ts';
import { isRegistrationOpen, registrationModeOf, type Delegation, type EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Clock } from '../clock.ts';
import { hashManageToken, FIRST_TOKEN_VERSION } from '../manage-token.ts';
import { checkAgainstEvent } from './check-against-event.ts';
import type { Ids } from '../ids.ts';
import { registrationReceivedEmails } from './owed-emails.ts';
import { AnsweredBefore, CommitRefused, withHistory, type ManageTokens, type ReceiptSlot, type RegistrationStore } from './ports.ts';
import { AlreadyRegistered, EventFull, HeadOfDelegationTaken, NominationOnly, RegistrationClosed } from './problems.ts';
import { commitSlots } from './commit-slots.ts';
import { processFullnessHints, type FullnessHints } from './fullness-hints.ts';
import { formatReference } from './reference.ts';
import type { Registration, RegistrationBody } from './registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from './retry.ts';
import { quotaLimit, seatCheck, type SeatCheck } from './seats.ts';
import { seatedStatus } from './transitions.ts';

export interface RegisterDeps {
  events: Pick<EventStore, 'get' | 'forget'>;
  registrations: RegistrationStore;
  tokens: ManageTokens;
  clock: Clock;
  ids: Ids;
  retry?: RetryPolicy;
  fullness?: FullnessHints;
}

export interface RegisterOptions {
  gate?: () => Promise<void>;
  receipt?: ReceiptSlot;
}

export interface Registered {
  id: string;
  reference: string;
  status: 'pending_approval' | 'confirmed' | 'waitlisted';
}

export const makeRegisterDelegate = ({
  events,
  registrations,
  tokens,
  clock,
  ids,
  retry = defaultRetryPolicy,
  fullness = processFullnessHints,
}: RegisterDeps) => {
  /** The event, checked for this body: published, open, and the delegation, role and language its own. */
  const checkedEvent = async (eventId: string, body: RegistrationBody, fresh: boolean) => {
    if (fresh) events.forget?.(eventId);
    const event = await events.get(eventId);
    if (!event || !event.published) throw new NotFound('No such event.');
    if (!isRegistrationOpen(event, clock.now())) throw new RegistrationClosed();
    const delegation = checkAgainstEvent(event, body)!;
    if (registrationModeOf(event, delegation.kind) === 'focal_point') throw new NominationOnly(delegation.kind);
    return { event, delegation };
  };

  /** A configuration to decide on: a refusal is confirmed on a fresh read. */
  const admit = async (eventId: string, body: RegistrationBody, fresh = false): Promise<{ event: EventConfig; delegation: Delegation }> => {
    let admitted;
    try {
      admitted = await checkedEvent(eventId, body, fresh);
    } catch (error) {
      // A cached copy may predate a publication, a new delegation or a new window: never refuse on it.
      if (fresh || !(error instanceof DomainError)) throw error;
      admitted = await checkedEvent(eventId, body, true);
    }
    return admitted;
  };

  /**
   * `gate`: the step that must pass before anything is written (the public write limits, a 429). It runs alongside the reads this use case makes first (the event, the counters),
   * which write nothing, so a refused request still leaves the table as it was; its refusal comes before any the
   * reads would give (a closed event counts). Only then is a reference number taken, together with the manage
   * token, and then the one transaction, which keeps the `receipt` slot's answer when one is given.
   */
  return async (eventId: string, body: RegistrationBody, { gate = async () => {}, receipt }: RegisterOptions = {}): Promise<Registered> => {
    const [gated, admitted, read] = await Promise.allSettled([gate(), admit(eventId, body), registrations.counters(eventId)]);
    if (gated.status === 'rejected') throw gated.reason;
    if (admitted.status === 'rejected') throw admitted.reason;
    if (read.status === 'rejected') throw read.reason;
    const { event: found, delegation: foundDelegation } = admitted.value;

    const id = ids.id();
    const [token, sequence] = await Promise.all([tokens.tokenFor(eventId, id, FIRST_TOKEN_VERSION), registrations.nextReferenceNumber(eventId)]);
    const manageTokenHash = hashManageToken(token);

    let event = found;
    let delegation = foundDelegation;
    let counters = read.value;
    // After a commit refused for a full limit, the next attempt waitlists without reading the counters again.
    let knownFull: 'seats' | 'quota' | undefined;
    let staleEvent = false;

    return withRetries(
      () =>
        commitSlots.run(async () => {
          if (staleEvent) {
            ({ event, delegation } = await admit(eventId, body, true));
            staleEvent = false;
          }
          // Promotions owed: older registrations may fit, so the newcomer queues behind them (see above).
          const behindPromotions = event.promotionsDue;
          if (behindPromotions && !event.registration.waitlist) {
            // No queue to join: wait, on a fresh configuration each time, until the promotions are done.
            staleEvent = true;
            throw new RetryLater('promotions owed');
          }
          knownFull ??= fullness.full(eventId, body.delegation);
          const check: SeatCheck = behindPromotions
            ? { fits: false, full: 'seats' }
            : knownFull
              ? { fits: false, full: knownFull }
              : seatCheck(event, counters, body.delegation);
          const now = clock.now().toISOString();
          // Full without a waiting list: still attempt the seat, so an email or head already taken is reported first.
          const status = check.fits || !event.registration.waitlist ? seatedStatus(event.registration.approvalRequired) : 'waitlisted';
          const registration: Registration & { status: Registered['status'] } = {
            id,
            eventId,
            reference: formatReference(event.code, sequence),
            status,
            participant: body.participant,
            delegation: body.delegation,
            delegationKind: delegation.kind,
            role: body.role,
            language: body.language,
            needs: body.needs,
            consent: body.consent,
            manageTokenHash,
            tokenVersion: FIRST_TOKEN_VERSION,
            ...(status === 'confirmed' ? { checkInCode: ids.checkInCode() } : {}),
            createdAt: now,
            updatedAt: now,
            version: 1,
          };
          const limit = quotaLimit(event, body.delegation);
          const used = (counters.quotas[body.delegation] ?? 0) + (status === 'waitlisted' ? 0 : 1);
          const outbox = registrationReceivedEmails({ event, ids, now }, registration, { used: Math.min(used, limit), limit });
          try {
            await registrations.commit({
              event,
              changes: [
                withHistory(registration, outbox, {
                  id: ids.id(),
                  registrationId: id,
                  at: now,
                  actor: { kind: 'delegate' },
                  action: 'registered',
                  to: status,
                }),
              ],
              ...(behindPromotions ? { behindPromotions } : status === 'waitlisted' && !check.fits ? { stillFull: check.full } : {}),
              ...(receipt ? { receipt: { slot: receipt, answer: { id, reference: registration.reference, status } } } : {}),
            });
          } catch (error) {
            if (!(error instanceof CommitRefused)) throw error;
            const { reasons } = error;
            // Another run of this same request committed first (its email claim fails too): its answer is ours.
            if (reasons.has('answered')) throw new AnsweredBefore();
            if (reasons.has('email')) throw new AlreadyRegistered();
            if (reasons.has('headOfDelegation')) throw new HeadOfDelegationTaken();
            if (reasons.has('config')) staleEvent = true;
            const full = reasons.has('seats') ? 'seats' : reasons.has('quota') ? 'quota' : undefined;
            if (full) fullness.note(eventId, full, body.delegation);
            if (reasons.has('stillFull')) fullness.clear(eventId);
            if (full && !staleEvent && !event.registration.waitlist) throw new EventFull();
            knownFull = full && !staleEvent ? full : undefined;
            // A limit filled or freed since the counters were read, or the configuration changed: decide again.
            if (!knownFull) counters = await registrations.counters(eventId);
            throw new RetryLater([...reasons].join(','));
          }
          return { id, reference: registration.reference, status };
        }),
      retry,
    );
  };
};
