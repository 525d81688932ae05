/**
 * Named domain errors. Each knows its RFC 9457 problem type and HTTP status; the HTTP layer maps
 * them in one place (shared/http/problem.ts). Anything that is not a DomainError becomes a plain 500.
 */
export interface FieldError {
  /** Dotted path of the bad field, e.g. `participant.email`; `(body)` for the body as a whole. */
  path: string;
  message: string;
}

export class DomainError extends Error {
  // `declare`: typed here, set in the constructor only, so no field initialisers are emitted (every bundle carries
  // this class; the health function's must stay small).
  declare readonly type: string;
  declare readonly status: number;
  declare readonly title: string;
  declare readonly errors?: FieldError[];
  declare readonly headers?: Record<string, string>;
  /** RFC 9457 extension members answered beside type, title and detail (e.g. limit-below-use's `limits`). */
  declare readonly extensions?: Record<string, unknown>;

  constructor(init: {
    slug: string;
    status: number;
    title: string;
    detail?: string;
    errors?: FieldError[];
    headers?: Record<string, string>;
    extensions?: Record<string, unknown>;
  }) {
    super(init.detail ?? init.title);
    this.name = new.target.name;
    this.type = `/problems/${init.slug}`;
    this.status = init.status;
    this.title = init.title;
    if (init.errors) this.errors = init.errors;
    if (init.headers) this.headers = init.headers;
    if (init.extensions) this.extensions = init.extensions;
  }
}

export class ValidationFailed extends DomainError {
  constructor(errors: FieldError[], detail = 'The request has invalid fields; each is listed in errors.') {
    super({ slug: 'validation-failed', status: 400, title: 'Invalid request', detail, errors });
  }
}

/** A list's `cursor` that this list did not issue (forged, truncated, from another event, index or filter). */
export class InvalidCursor extends DomainError {
  constructor() {
    super({
      slug: 'invalid-cursor',
      status: 400,
      title: 'Invalid cursor',
      detail: 'This cursor was not issued by this list (same event, same filters); start again from the first page.',
      errors: [{ path: 'query.cursor', message: 'Not a cursor from this list' }],
    });
  }
}

export class NotFound extends DomainError {
  constructor(detail = 'No such resource.') {
    super({ slug: 'not-found', status: 404, title: 'Not found', detail });
  }
}

/**
 * A conditional save whose precondition no longer holds: `If-Match` names a version that is no longer the stored
 * one, or `If-None-Match: *` (create only) finds the id taken (each with its own detail).
 */
export class EditConflict extends DomainError {
  constructor(detail = 'Someone saved this event after you loaded it: load it again, then make your change.') {
    super({ slug: 'edit-conflict', status: 412, title: 'Edited meanwhile', detail });
  }
}

export class Unauthenticated extends DomainError {
  constructor() {
    super({ slug: 'unauthenticated', status: 401, title: 'Sign-in required', detail: 'This route needs a valid bearer token.' });
  }
}

export class Forbidden extends DomainError {
  constructor() {
    super({ slug: 'forbidden', status: 403, title: 'Forbidden', detail: 'Your account is not in a group that may use this route.' });
  }
}

export class Conflict extends DomainError {
  constructor(slug: string, title: string, detail?: string) {
    super({ slug, status: 409, title, ...(detail ? { detail } : {}) });
  }
}

/** Past a public write's hourly limit (a 429 `/problems/rate-limited` with Retry-After: docs/registration.md, "Rate limits on public writes"). */
export class TooManyRequests extends DomainError {
  constructor(retryAfterSeconds: number) {
    super({
      slug: 'rate-limited',
      status: 429,
      title: 'Too many requests',
      detail: `Try again in ${retryAfterSeconds} seconds.`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

/** Idempotency-Key (any POST): the first request with this key is still running. */
export class IdempotencyKeyInFlight extends Conflict {
  constructor() {
    super('idempotency-key-in-flight', 'Request in progress', 'A request with this Idempotency-Key is still being processed; retry shortly.');
  }
}

/** Idempotency-Key (any POST): the key was used with a different body. */
export class IdempotencyKeyReused extends DomainError {
  constructor() {
    super({
      slug: 'idempotency-key-reused',
      status: 422,
      title: 'Idempotency-Key reused',
      detail: 'This Idempotency-Key was used with a different body in the last 24 hours.',
    });
  }
}
