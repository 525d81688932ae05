/**
 * Problems of the HTTP exchange itself, not of any rule: a body that is too large, of another media type or not
 * JSON, a method the path does not take. Thrown by the HTTP stack (http-handler.ts), the catch-all route and the
 * local gateway; answered like any other problem (problem.ts).
 */
import { DomainError } from '../domain/errors.ts';

export class MalformedBody extends DomainError {
  constructor() {
    super({ slug: 'malformed-body', status: 400, title: 'Malformed body', detail: 'The body is not valid JSON.' });
  }
}

export class MethodNotAllowed extends DomainError {
  constructor(allowed: string[]) {
    super({
      slug: 'method-not-allowed',
      status: 405,
      title: 'Method not allowed',
      detail: `Allowed: ${allowed.join(', ')}.`,
      headers: { Allow: allowed.join(', ') },
    });
  }
}

export class PayloadTooLarge extends DomainError {
  constructor(limitBytes: number) {
    super({ slug: 'payload-too-large', status: 413, title: 'Payload too large', detail: `Bodies are limited to ${limitBytes} bytes.` });
  }
}

export class UnsupportedMediaType extends DomainError {
  constructor() {
    super({ slug: 'unsupported-media-type', status: 415, title: 'Unsupported media type', detail: 'Send the body as application/json.' });
  }
}
