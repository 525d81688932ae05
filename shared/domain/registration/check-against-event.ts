/** The checks a registration body needs its event for (the schema alone cannot know the delegations or languages). */
import { ValidationFailed, type FieldError } from '../errors.ts';
import type { Delegation, EventConfig } from '../event-config.ts';
import type { Language } from '../primitives.ts';
import { ROLES_BY_KIND, type Role } from './registration.ts';

export const checkAgainstEvent = (
  event: Pick<EventConfig, 'delegations' | 'languages'>,
  body: { delegation?: string; role?: Role; language?: Language },
): Delegation | undefined => {
  const errors: FieldError[] = [];
  const delegation = body.delegation === undefined ? undefined : event.delegations.find((d) => d.code === body.delegation);
  if (body.delegation !== undefined && !delegation) errors.push({ path: 'delegation', message: 'Not a delegation of this event' });
  if (delegation && body.role !== undefined && !(ROLES_BY_KIND[delegation.kind] as readonly Role[]).includes(body.role))
    errors.push({ path: 'role', message: `Must be one of: ${ROLES_BY_KIND[delegation.kind].join(', ')}` });
  if (body.language !== undefined && !event.languages.includes(body.language))
    errors.push({ path: 'language', message: `Must be one of: ${event.languages.join(', ')}` });
  if (errors.length) throw new ValidationFailed(errors);
  return delegation;
};
