/**
 * A focal point nominates a member of their delegation, or withdraws one. A nomination is a registration in status
 * `nominated`, committed through the SAME rules as a registration (registration/commit-writes.ts): one transaction
 * claims the email and, for a head of delegation, the delegation's head place, takes a place of the delegation's
 * quota and of the event's capacity (each conditioned on its limit), and writes the registration, its history entry
 * and the nominee's email. Nominees count against the limits from that moment. A full delegation or event is refused
 * (nominations never go to the waiting list: the focal point chooses whom to withdraw). A withdrawal is a
 * cancellation (registration/change-status.ts), so the freed place goes to the waiting list's oldest who fits, in the
 * same transaction.
 */
import type { Clock } from '../clock.ts';
import { Conflict, NotFound } from '../errors.ts';
import { nominationsCloseAt, type EventConfig } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Ids } from '../ids.ts';
import { FIRST_TOKEN_VERSION, hashManageToken } from '../manage-token.ts';
import { checkAgainstEvent } from '../registration/check-against-event.ts';
import type { makeChangeStatus } from '../registration/change-status.ts';
import { nominatedEmails } from '../registration/owed-emails.ts';
import { CommitRefused, withHistory, type ManageTokens, type RegistrationStore } from '../registration/ports.ts';
import { AlreadyRegistered, Busy, HeadOfDelegationTaken, InvalidTransition } from '../registration/problems.ts';
import { formatReference } from '../registration/reference.ts';
import { REGISTRATION_STATUSES, type Actor, type DelegateRole, type Registration } from '../registration/registration.ts';
import { RetryLater, defaultRetryPolicy, withRetries, type RetryPolicy } from '../registration/retry.ts';
import type { makeDelegationAccess } from './delegation-access.ts';
import type { DossierStore } from './dossier-use-cases.ts';
import { DelegationSubmitted, isOpenForChanges } from './dossier.ts';
import type { FocalPoint } from './focal-point.ts';
import type { NominationBody } from './nomination-body.ts';

export { NominationBody } from './nomination-body.ts';

export class NominationsClosed extends Conflict {
  constructor(deadline: string) {
    super('nominations-closed', 'Nominations closed', `The deadline for nominations (${deadline}) has passed; write to the secretariat.`);
  }
}

export class DelegationFull extends Conflict {
  constructor() {
    super('delegation-full', 'No place left', "The delegation's quota or the event's capacity is reached: withdraw a nominee to nominate another.");
  }
}

export interface NominationDeps {
  events: Pick<EventStore, 'get' | 'forget'>;
  registrations: RegistrationStore;
  access: ReturnType<typeof makeDelegationAccess>;
  tokens: ManageTokens;
  changeStatus: ReturnType<typeof makeChangeStatus>;
  clock: Clock;
  ids: Ids;
  retry?: RetryPolicy;
  /** The delegation's dossier: a submitted or accredited list takes no nomination or withdrawal (absent: never closed). */
  dossiers?: Pick<DossierStore, 'get'>;
}

const focalPointActor = (f: { id: string; name: string }): Actor => ({ kind: 'focal_point', name: f.name, focalPointId: f.id });

export const makeNominations = ({
  events,
  registrations,
  access,
  tokens,
  changeStatus,
  clock,
  ids,
  retry = defaultRetryPolicy,
  dossiers,
}: NominationDeps) => {
  // Read before the change, not conditioned in its transaction: a nomination racing the submission may still land
  // (the secretariat sees it in the list it accredits, where it is confirmed like the others).
  const assertOpen = async (eventId: string, code: string) => {
    const dossier = await dossiers?.get(eventId, code);
    if (dossier && !isOpenForChanges(dossier)) throw new DelegationSubmitted(dossier.status);
  };

  const openEvent = async (eventId: string, fresh: boolean): Promise<EventConfig> => {
    if (fresh) events.forget?.(eventId);
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    const deadline = nominationsCloseAt(event);
    if (clock.now().getTime() >= Date.parse(deadline)) throw new NominationsClosed(deadline);
    return event;
  };

  return {
    /** `focalPoint`: as `access.authorize` found it, before the Idempotency-Key run (a replay never skips the token check). */
    async nominate(eventId: string, code: string, focalPoint: FocalPoint, body: NominationBody) {
      await assertOpen(eventId, code);
      const id = ids.id();
      const manageTokenHash = hashManageToken(await tokens.tokenFor(eventId, id, FIRST_TOKEN_VERSION));
      const sequence = await registrations.nextReferenceNumber(eventId);
      let fresh = false;
      return withRetries(async () => {
        const event = await openEvent(eventId, fresh);
        const delegation = checkAgainstEvent(event, { delegation: code, role: body.role, language: body.language })!;
        // Promotions owed after a change of limits: someone older on the waiting list may fit, so no newcomer takes a
        // place until they are done (the commit is conditioned on it too). Say so at once rather than retry for seconds.
        if (event.promotionsDue) throw new Busy();
        const now = clock.now().toISOString();
        const registration: Registration = {
          id,
          eventId,
          reference: formatReference(event.code, sequence),
          status: 'nominated',
          participant: body.participant,
          delegation: code,
          delegationKind: delegation.kind,
          role: body.role,
          language: body.language,
          needs: { accessibility: '', dietary: '' },
          // The nominee gives (or not) their consent through their own link: nobody gives it for them.
          consent: { dataProcessing: false, listInParticipants: false },
          nominatedBy: { focalPointId: focalPoint.id, name: focalPoint.name },
          manageTokenHash,
          tokenVersion: FIRST_TOKEN_VERSION,
          createdAt: now,
          updatedAt: now,
          version: 1,
        };
        const outbox = nominatedEmails({ event, ids, now }, registration, focalPoint.name);
        try {
          await registrations.commit({
            event,
            changes: [
              withHistory(registration, outbox, {
                id: ids.id(),
                registrationId: id,
                at: now,
                actor: focalPointActor(focalPoint),
                action: 'nominated',
                to: 'nominated',
              }),
            ],
          });
        } catch (error) {
          if (!(error instanceof CommitRefused)) throw error;
          const { reasons } = error;
          if (reasons.has('email')) throw new AlreadyRegistered();
          if (reasons.has('headOfDelegation')) throw new HeadOfDelegationTaken();
          // A limit reached on the configuration as read is final; a changed configuration is read again.
          if (reasons.has('config')) fresh = true;
          else if (reasons.has('seats') || reasons.has('quota')) throw new DelegationFull();
          throw new RetryLater([...reasons].join(','));
        }
        return { id, reference: registration.reference, status: 'nominated' as const };
      }, retry);
    },

    /** Withdraws a nominee of this delegation before accreditation: a cancellation by the focal point. */
    async withdraw(eventId: string, code: string, token: string | undefined, id: string) {
      const { focalPoint } = await access.authorize(eventId, code, token);
      await assertOpen(eventId, code);
      const after = await changeStatus(
        eventId,
        id,
        { action: 'cancel', actor: focalPointActor(focalPoint), reason: 'Withdrawn by the focal point' },
        (r) => {
          // Another delegation's registration, or one nobody nominated, is not this focal point's to see.
          if (r.delegation !== code || !r.nominatedBy) throw new NotFound('No such nominee.');
          if (r.status !== 'nominated') throw new InvalidTransition(r.status, 'withdrawn');
        },
      );
      return { id: after.id, reference: after.reference, status: 'cancelled' as const };
    },

    /** The delegation as its focal point sees it, with the members its focal points nominated. */
    async view(eventId: string, code: string, token: string | undefined) {
      const delegation = await access.view(eventId, code, token);
      return { ...delegation, members: await members(eventId, code) };
    },
  };

  /** The members this delegation's focal points nominated, oldest first, with their status now. */
  async function members(eventId: string, code: string) {
    const all = await registrations.all(eventId, REGISTRATION_STATUSES);
    return all
      .filter((r) => r.delegation === code && r.nominatedBy)
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((r) => ({
        id: r.id,
        reference: r.reference,
        name: [r.participant.givenName, r.participant.familyName].join(' '),
        email: r.participant.email,
        // A nominee's role came from a NominationBody: never `press`.
        role: r.role as DelegateRole,
        status: r.status,
        nominatedBy: r.nominatedBy!.name,
        consentGiven: r.consent.dataProcessing,
      }));
  }
};
