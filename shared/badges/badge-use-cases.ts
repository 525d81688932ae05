/**
 * Making badges: one registration's (the secretariat's or the delegate's own), or a batch for printing, one page per
 * confirmed participant. Each badge's QR carries its check-in code signed with the event's private key; every
 * document made publishes the event's public key first, so the scanners' roster can verify what was printed.
 */
import { categoryOf, PRESS_DELEGATION } from '../domain/badges/category.ts';
import { BadgeNotConfirmed, MAX_BADGES_PER_DOCUMENT, TooManyBadges, type BadgesQuery } from '../domain/badges/badge-requests.ts';
import { signCheckInCode } from '../domain/badges/check-in-code.ts';
import { NotFound } from '../domain/errors.ts';
import type { EventConfig } from '../domain/event-config.ts';
import type { EventStore } from '../domain/event-use-cases.ts';
import { manageTokenMatches } from '../domain/manage-token.ts';
import { sortParticipants } from '../domain/registration/participant-order.ts';
import type { RegistrationStore } from '../domain/registration/ports.ts';
import type { Registration } from '../domain/registration/registration.ts';
import { badgeContentFor } from './badge-content.ts';
import { renderBadges } from './badge-document.ts';
import type { BadgeSize } from './badge-sizes.ts';

export interface BadgeDependencies {
  events: Pick<EventStore, 'get'>;
  registrations: Pick<RegistrationStore, 'get' | 'all'>;
  /** The event's signing key pair (shared/adapters/badge-signing-key.ts). */
  keys: (eventId: string) => Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }>;
  /** Publishes the event's public key for the check-in roster (once; later calls change nothing). */
  publishKey: (eventId: string, publicKey: CryptoKey) => Promise<void>;
}

export interface BadgeFile {
  pdf: Uint8Array;
  /** ASCII only: it goes into Content-Disposition as is. */
  filename: string;
}

const noRegistration = () => new NotFound('No such registration.');

/** Member states, then observers (each in the event's order, head of delegation first), then the press by name. */
export const printOrder = (event: EventConfig, registrations: readonly Registration[]): Registration[] => {
  const press = registrations.filter((r) => r.delegation === PRESS_DELEGATION);
  const delegates = registrations.filter((r) => r.delegation !== PRESS_DELEGATION);
  const byName = (a: Registration, b: Registration) =>
    a.participant.familyName.localeCompare(b.participant.familyName) ||
    a.participant.givenName.localeCompare(b.participant.givenName) ||
    a.id.localeCompare(b.id);
  return [...sortParticipants(event, delegates), ...[...press].sort(byName)];
};

export const makeBadges = ({ events, registrations, keys, publishKey }: BadgeDependencies) => {
  const eventOr404 = async (eventId: string) => {
    const event = await events.get(eventId);
    if (!event) throw new NotFound('No such event.');
    return event;
  };

  const render = async (event: EventConfig, participants: readonly Registration[], size: BadgeSize, title: string) => {
    const { privateKey, publicKey } = await keys(event.id);
    await publishKey(event.id, publicKey);
    const badges = await Promise.all(
      participants.map(async (r) => badgeContentFor(event, r, await signCheckInCode({ eventId: event.id, registrationId: r.id }, privateKey))),
    );
    return renderBadges(badges, size, title);
  };

  const single = async (event: EventConfig, registration: Registration, size: BadgeSize): Promise<BadgeFile> => {
    if (registration.status !== 'confirmed') throw new BadgeNotConfirmed();
    return {
      pdf: await render(event, [registration], size, `Badge ${registration.reference}`),
      filename: `badge-${registration.reference}-${size}.pdf`,
    };
  };

  return {
    /** The secretariat's copy of one registration's badge. */
    one: async (eventId: string, id: string, size: BadgeSize): Promise<BadgeFile> => {
      const [event, registration] = await Promise.all([eventOr404(eventId), registrations.get(eventId, id)]);
      if (!registration) throw noRegistration();
      return single(event, registration, size);
    },

    /** The delegate's own badge, with the manage token: no token or a wrong one answers as an unknown id (404). */
    own: async (eventId: string, id: string, token: string | undefined, size: BadgeSize): Promise<BadgeFile> => {
      const [event, registration] = await Promise.all([events.get(eventId), registrations.get(eventId, id)]);
      if (!event || !event.published || !registration || !manageTokenMatches(token, registration.manageTokenHash)) throw noRegistration();
      return single(event, registration, size);
    },

    /** Every confirmed participant of the delegation and/or category, in print order; 422 past the document's bound. */
    batch: async (eventId: string, { delegation, category, size }: BadgesQuery): Promise<BadgeFile> => {
      const event = await eventOr404(eventId);
      const confirmed = await registrations.all(eventId, ['confirmed']);
      const chosen = confirmed.filter(
        (r) =>
          (delegation === undefined || r.delegation === delegation) &&
          (category === undefined || (categoryOf(r.delegation, event.delegations) ?? r.delegationKind) === category),
      );
      if (chosen.length === 0) throw new NotFound('No confirmed participant matches these filters.');
      if (chosen.length > MAX_BADGES_PER_DOCUMENT) throw new TooManyBadges(chosen.length, MAX_BADGES_PER_DOCUMENT);
      const scope = [delegation, category].filter(Boolean).join('-') || 'all';
      return {
        pdf: await render(event, printOrder(event, chosen), size, `Badges ${event.code} ${scope}`),
        filename: `badges-${eventId}-${scope}-${size}.pdf`,
      };
    },
  };
};
