/** The `Idempotency-Key` header the idempotent POSTs accept: its schema, for validation and the OpenAPI document (the route table adds it to every idempotent route). */
import * as z from 'zod/mini';
import { parseOrThrow } from './validation.ts';

/** Printable ASCII, 1 to 255 characters (a UUID is typical). */
export const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/, 'Printable ASCII, 1 to 255 characters, e.g. a UUID'));

/** The key from the (lower-cased) headers, validated; undefined when the client sent none. */
export const idempotencyKeyOf = (headers: Record<string, string | undefined>): string | undefined => {
  const key = headers['idempotency-key'];
  return key === undefined ? undefined : parseOrThrow(IdempotencyKey, key, 'headers.idempotency-key');
};

/** What every idempotent route's OpenAPI description says. */
export const IDEMPOTENCY_NOTE =
  ' Send an `Idempotency-Key` to retry safely: the same key and body within 24 h replays the first answer with ' +
  '`Idempotent-Replayed: true`; another body with that key gets 422; while the first is still running, 409.';
