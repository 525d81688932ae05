/** The delegations functions' adapters and use cases, created once per process (module scope). */
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoFocalPointStore } from '../../shared/adapters/focal-points-store.ts';
import { delegationToken } from '../../shared/adapters/manage-link-key.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeDelegationAccess } from '../../shared/domain/delegations/delegation-access.ts';
import { makeFocalPoints } from '../../shared/domain/delegations/focal-point-use-cases.ts';
import { makeNominations } from '../../shared/domain/delegations/nominations.ts';
import { makeChangeStatus } from '../../shared/domain/registration/change-status.ts';
import { registrationDependencies } from '../registration/dependencies.ts';
import { systemIds } from '../../shared/domain/ids.ts';
import type { Principal } from '../../shared/http/auth.ts';

export const focalPoints = () =>
  makeFocalPoints({
    events: dynamoEventStore(),
    store: dynamoFocalPointStore(),
    tokens: { tokenFor: delegationToken },
    clock: systemClock,
    ids: systemIds(),
  });

/** The focal point's own routes: the event configuration as stored (a revoked or new focal point counts at once). */
export const delegationAccess = () => makeDelegationAccess({ events: dynamoEventStore(), store: dynamoFocalPointStore(), clock: systemClock });

/** Nominations go through the registration store and its commit rules; the withdrawal through its cancellation. */
export const nominations = () => {
  const registration = registrationDependencies();
  return makeNominations({
    events: registration.events,
    registrations: registration.registrations,
    access: delegationAccess(),
    tokens: registration.tokens,
    changeStatus: makeChangeStatus(registration),
    clock: systemClock,
    ids: systemIds(),
  });
};

/** Who did it, for the delegation's history. */
export const secretariatActor = (principal: Principal) => ({ kind: 'secretariat' as const, name: principal.name, sub: principal.subject });
