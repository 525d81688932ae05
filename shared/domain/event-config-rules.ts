/**
 * Rules read from an event's configuration. Kept apart from the schema (event-config.ts) so that code which only
 * reads events, such as the mailer, does not load zod.
 */
import type { EventConfig } from './event-config.ts';
import { pickLocalized, type Language } from './language.ts';

export const quotaFor = (event: Pick<EventConfig, 'delegations' | 'registration'>, code: string): number | undefined => {
  const delegation = event.delegations.find((d) => d.code === code);
  if (!delegation) return undefined;
  return delegation.quota ?? event.registration.quotas[delegation.kind];
};

export const isRegistrationOpen = (event: Pick<EventConfig, 'registration'>, now: Date): boolean =>
  now.getTime() >= Date.parse(event.registration.opensAt) && now.getTime() < Date.parse(event.registration.closesAt);

type Modes = { registration: { memberStates?: 'self' | 'focal_point'; observers?: 'self' | 'focal_point' } };

/** How a kind of delegation registers; `self` for an event stored before the setting existed. */
export const registrationModeOf = (event: Modes, kind: 'member_state' | 'observer'): 'self' | 'focal_point' =>
  (kind === 'member_state' ? event.registration.memberStates : event.registration.observers) ?? 'self';

/** The focal points' deadline: `registration.nominationsCloseAt`, else the end of registration. */
export const nominationsCloseAt = (event: { registration: { closesAt: string; nominationsCloseAt?: string } }): string =>
  event.registration.nominationsCloseAt ?? event.registration.closesAt;

export const eventTitle = (event: Pick<EventConfig, 'titles' | 'defaultLanguage'>, language: Language): string =>
  pickLocalized(event.titles, language, event.defaultLanguage);
