/** The registration's own problems (RFC 9457 types under /problems/), thrown and mapped in one place. */
import { Conflict, DomainError } from '../errors.ts';

export class AlreadyRegistered extends Conflict {
  constructor() {
    super('already-registered', 'Already registered', 'This email already holds a registration for this event (active or on the waiting list).');
  }
}

export class HeadOfDelegationTaken extends Conflict {
  constructor() {
    super(
      'head-of-delegation-taken',
      'Head of delegation taken',
      'This delegation already has a head of delegation (active or on the waiting list).',
    );
  }
}

export class RegistrationClosed extends Conflict {
  constructor() {
    super('registration-closed', 'Registration closed', 'Registration for this event is not open now.');
  }
}

export class EventFull extends Conflict {
  constructor() {
    super('event-full', 'Event full', 'The event or this delegation has no seat left, and the event keeps no waiting list.');
  }
}

/** A status change that the registration's current status does not allow (cancel twice, approve a declined one). */
export class InvalidTransition extends Conflict {
  constructor(status: string, action: string) {
    super('invalid-transition', 'Not possible in this status', `A registration that is ${status.replace('_', ' ')} cannot be ${action}.`);
  }
}

export class NotConfirmed extends Conflict {
  constructor() {
    super('not-confirmed', 'Not confirmed', 'The calendar invitation exists once the registration is confirmed.');
  }
}

/** Too many concurrent changes to the same event: retrying later will work. Nothing was written. */
export class Busy extends DomainError {
  constructor() {
    super({ slug: 'busy', status: 503, title: 'Busy', detail: 'Too many changes at once; try again.', headers: { 'Retry-After': '1' } });
  }
}

/** A search that would read more registrations than it is built for (registration-search.ts, MAX_SEARCHED). */
export class SearchTooBroad extends DomainError {
  constructor(max: number) {
    super({
      slug: 'search-too-broad',
      status: 422,
      title: 'Search too broad',
      detail: `This search would read more than ${max} registrations; filter by status to narrow it.`,
      errors: [{ path: 'query.status', message: `Filter by status: more than ${max} registrations to search` }],
    });
  }
}

/**
 * The event has a kind of delegation nominated by focal points (`registration.memberStates` or `.observers` set to
 * `focal_point`): nobody of that kind registers on the public form. A 403, not a 409: no change of state lets this
 * request through, only someone else (the focal point) may make it. Names the field, so the form shows it there.
 */
export class NominationOnly extends DomainError {
  constructor(kind: 'member_state' | 'observer') {
    const who =
      kind === 'member_state'
        ? "Delegates of member states are nominated by their government's focal point (in the ministry of foreign affairs or the permanent mission)"
        : "Observers' delegates are nominated by their organisation's focal point";
    super({
      slug: 'nomination-only',
      status: 403,
      title: 'Nominated by a focal point',
      detail: `${who}, not registered here. Ask your focal point to nominate you; you will then get an email with your own link.`,
      errors: [{ path: 'delegation', message: 'This delegation is nominated by its focal point: contact them' }],
    });
  }
}
