/** The door's two operations: the roster a scanner keeps offline, and recording one check-in. */
import { categoryOf } from '../badges/category.ts';
import { importPublicKey, parseCheckInCode, verifyCheckInCode, type CheckInCodeRejection } from '../badges/check-in-code.ts';
import type { Clock } from '../clock.ts';
import { NotFound } from '../errors.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { EventConfig } from '../event-config.ts';
import type { PageRequest } from '../page.ts';
import type { RegistrationStore } from '../registration/ports.ts';
import { decideCheckIn, type CheckInBody, type CheckInMethod } from './check-in.ts';
import type { CheckInStore, RosterSource } from './ports.ts';
import { defaultRetryPolicy, RetryLater, withRetries, type RetryPolicy } from '../registration/retry.ts';
import { InvalidBadge, NotConfirmedForCheckIn } from './problems.ts';
import { toRosterEntry } from './roster-entry.ts';

/** Where an event's badge public key is published (base64url raw Ed25519); undefined until a badge was made. */
export interface PublicKeys {
  publicKeyOf(eventId: string): Promise<string | undefined>;
}

export interface VenueDependencies {
  events: Pick<EventStore, 'get'>;
  registrations: Pick<RegistrationStore, 'get'>;
  checkIns: CheckInStore;
  roster: RosterSource;
  keys: PublicKeys;
  clock: Clock;
  retryPolicy?: RetryPolicy;
}

const eventOr404 = async (events: Pick<EventStore, 'get'>, eventId: string): Promise<EventConfig> => {
  const event = await events.get(eventId);
  if (!event) throw new NotFound('No such event.');
  return event;
};

/**
 * Without a published key no badge of the event exists, so no code can be real: it is refused for the reason its
 * text gives (malformed, another event's) or else as not signed by us.
 */
const rejectionWithoutKey = (code: string, eventId: string): CheckInCodeRejection => {
  const parsed = parseCheckInCode(code);
  if (!parsed) return 'malformed';
  return parsed.eventId === eventId ? 'bad_signature' : 'other_event';
};

export const makeVenue = ({ events, registrations, checkIns, roster, keys, clock, retryPolicy = defaultRetryPolicy }: VenueDependencies) => {
  /** The registration id a code stands for, or InvalidBadge. */
  const registrationIdOf = async (eventId: string, code: string): Promise<string> => {
    const published = await keys.publicKeyOf(eventId);
    if (!published) throw new InvalidBadge(rejectionWithoutKey(code, eventId));
    const verdict = await verifyCheckInCode(code, eventId, await importPublicKey(published));
    if (!verdict.valid) throw new InvalidBadge(verdict.reason);
    return verdict.subject.registrationId;
  };

  return {
    roster: async (eventId: string, page: PageRequest) => {
      const event = await eventOr404(events, eventId);
      const [publicKey, confirmed] = await Promise.all([keys.publicKeyOf(eventId), roster.confirmed(eventId, page)]);
      const checkedIn = await checkIns.ofRegistrations(
        eventId,
        confirmed.items.map((r) => r.id),
      );
      return {
        eventId,
        publicKey: publicKey ?? null,
        generatedAt: clock.now().toISOString(),
        items: confirmed.items.map((r) => toRosterEntry(r, event, checkedIn.get(r.id))),
        nextCursor: confirmed.nextCursor,
      };
    },

    checkIn: async (eventId: string, body: CheckInBody) => {
      const event = await eventOr404(events, eventId);
      const method: CheckInMethod = body.code !== undefined ? 'code' : 'manual';
      const registrationId = body.code !== undefined ? await registrationIdOf(eventId, body.code) : body.registrationId!;
      const registration = await registrations.get(eventId, registrationId);
      if (!registration || registration.status !== 'confirmed') throw new NotConfirmedForCheckIn();
      const scan = { scanId: body.scanId, scannedAt: body.scannedAt, device: body.device };
      const tally = {
        delegation: registration.delegation,
        category: categoryOf(registration.delegation, event.delegations) ?? registration.delegationKind,
      };

      // Reads, decides, writes; a transaction that collided with another check-in's counters runs again.
      const { record, firstScan } = await withRetries(async () => {
        const decision = decideCheckIn(await checkIns.get(eventId, registrationId), registrationId, scan, method, clock.now());
        if (decision.kind === 'answer') return decision;
        if (await checkIns.recordFirst(eventId, decision.record, tally)) return { firstScan: true, record: decision.record };
        // Lost the race to a concurrent scan: read the one that won (or this very scan, sent twice) and answer with it.
        throw new RetryLater('a concurrent check-in was recorded first');
      }, retryPolicy);
      return { participant: toRosterEntry(registration, event, record), firstScan, checkedInAt: record.checkedInAt, device: record.device };
    },
  };
};
