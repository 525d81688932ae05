/** Request parts the delegate's routes read: the manage token. */
import * as z from 'zod/mini';

/** The manage token from `Authorization: Bearer <token>`, else from `?token=` (the link in the email). */
export const manageTokenOf = (headers: Record<string, string | undefined>, query: { token?: string } | undefined): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1] ?? query?.token;

/** `?token=` on the delegate's routes: any string (a wrong one is a 404 like any other wrong token). */
export const ManageQuery = z.strictObject({ token: z.optional(z.string().check(z.maxLength(512))) });
