/**
 * POST .../nominations: who, in which role, and the language of their emails (needs and consent are theirs to give).
 * In a module of its own (zod and primitives only) so the focal point's page validates with it before sending,
 * without bundling the use case.
 */
import * as z from 'zod/mini';
import { Language } from '../primitives.ts';
import { DelegateRole, Participant } from '../registration/registration.ts';

export const NominationBody = z
  .strictObject({ participant: Participant, role: DelegateRole, language: Language })
  .register(z.globalRegistry, { id: 'NominationBody' });
export type NominationBody = z.infer<typeof NominationBody>;
