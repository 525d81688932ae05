/** Request parts several registration routes read: the manage token and the Idempotency-Key. */
import * as z from 'zod/mini';
import { parseOrThrow } from '../../shared/http/validation.ts';

/** The manage token from `Authorization: Bearer <token>`, else from `?token=` (the link in the email). */
export const manageTokenOf = (headers: Record<string, string | undefined>, query: { token?: string } | undefined): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ?? query?.token;

/** `?token=` on the delegate's routes: any string (a wrong one is a 404 like any other wrong token). */
export const ManageQuery = z.strictObject({ token: z.optional(z.string().check(z.maxLength(512))) });

/** Printable ASCII, 1 to 255 characters (a UUID is typical). */
export const IdempotencyKey = z.string().check(z.regex(/^[\x21-\x7e]{1,255}$/, 'Printable ASCII, 1 to 255 characters, e.g. a UUID'));
export const IdempotencyHeaders = z.object({ 'Idempotency-Key': z.optional(IdempotencyKey) });

export const idempotencyKeyOf = (headers: Record<string, string | undefined>): string | undefined => {
  const key = headers['idempotency-key'];
  return key === undefined ? undefined : parseOrThrow(IdempotencyKey, key, 'headers.idempotency-key');
};
