/**
 * What a delegate may correct with the manage link: contact details (email, phone), needs, language.
 * Nothing else is in the schema, so status, delegation, role, reference, ids and whatever the
 * secretariat owns are refused as unknown fields (no mass assignment).
 */
import * as z from 'zod/mini';
import { Email, Language, Phone, line, normalizeEmail, text } from '../primitives.ts';
import type { Registration } from './registration.ts';

export const RegistrationPatch = z
  .strictObject({
    participant: z.optional(z.strictObject({ email: z.optional(Email), phone: z.optional(Phone) })),
    needs: z.optional(z.strictObject({ accessibility: z.optional(text(1000, 0)), dietary: z.optional(line(200, 0)) })),
    language: z.optional(Language),
  })
  .register(z.globalRegistry, { id: 'RegistrationPatch' });
export type RegistrationPatch = z.infer<typeof RegistrationPatch>;

/** The registration with the patch applied, and the names of the fields that really changed. */
export const applyPatch = (before: Registration, patch: RegistrationPatch): { after: Registration; fields: string[] } => {
  const fields: string[] = [];
  const participant = { ...before.participant };
  const needs = { ...before.needs };
  let language = before.language;
  if (patch.participant?.email !== undefined && patch.participant.email !== participant.email) {
    participant.email = patch.participant.email;
    fields.push('participant.email');
  }
  if (patch.participant?.phone !== undefined && patch.participant.phone !== participant.phone) {
    participant.phone = patch.participant.phone;
    fields.push('participant.phone');
  }
  for (const key of ['accessibility', 'dietary'] as const) {
    const value = patch.needs?.[key];
    if (value !== undefined && value !== needs[key]) {
      needs[key] = value;
      fields.push(`needs.${key}`);
    }
  }
  if (patch.language !== undefined && patch.language !== language) {
    language = patch.language;
    fields.push('language');
  }
  return { after: { ...before, participant, needs, language }, fields };
};

export const emailChanged = (before: Registration, after: Registration): boolean =>
  normalizeEmail(before.participant.email) !== normalizeEmail(after.participant.email);
