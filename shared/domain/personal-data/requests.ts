/** The bodies of the erasure routes. */
import * as z from 'zod/mini';
import { text } from '../primitives.ts';

/** The delegate's own erasure takes nothing (the manage page asks for the confirmation); unknown fields are refused. */
export const SelfErasureBody = z.optional(z.strictObject({}));

/** The secretariat's (or press officer's) erasure on a request received another way: why, for the history. */
export const AdminErasureBody = z
  .strictObject({ reason: text(1000) })
  .register(z.globalRegistry, { id: 'ErasureBody', description: 'Why the personal data is erased (kept in the history; name no one in it).' });
export type AdminErasureBody = z.infer<typeof AdminErasureBody>;
