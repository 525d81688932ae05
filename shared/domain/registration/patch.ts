/**
 * What a delegate may correct with the manage link: contact details (email, phone), needs, language.
 * Nothing else is in the schema, so status, delegation, role, reference, ids and whatever the
 * secretariat owns are refused as unknown fields (no mass assignment).
 *
 * Consent is the one exception, and only for a nominee. Whoever registered themselves gave their consent on the
 * form, as part of registering; it is a record of what they agreed to then, and withdrawing it is erasing their data
 * (POST .../erase), not flipping a flag, so their PATCH refuses `consent` as an unknown field. A nominee was named by
 * their focal point and has agreed to nothing yet: their manage link is where they give it, while `nominated`.
 */
import * as z from 'zod/mini';
import { ValidationFailed } from '../errors.ts';
import { Email, Language, Phone, line, normalizeEmail, text } from '../primitives.ts';
import type { Registration, RegistrationStatus } from './registration.ts';

const correctable = () => ({
  participant: z.optional(z.strictObject({ email: z.optional(Email), phone: z.optional(Phone) })),
  needs: z.optional(z.strictObject({ accessibility: z.optional(text(1000, 0)), dietary: z.optional(line(200, 0)) })),
  language: z.optional(Language),
});

/** What anyone but a nominee may send (the web form checks with it; the route takes `NomineePatch`, narrowed by status). */
export const RegistrationPatch = z.strictObject(correctable());
export type RegistrationPatch = z.infer<typeof RegistrationPatch>;

/** A nominee's consent: to the processing of their data (required, so only `true`), and to being listed or not. */
export const NomineeConsent = z.strictObject({
  dataProcessing: z.literal(true, 'Consent to data processing is required'),
  listInParticipants: z.boolean(),
});
export type NomineeConsent = z.infer<typeof NomineeConsent>;

/** What a nominee may send: the same, plus their consent. The route accepts this shape; `assertPatchAllowed` narrows it by status. */
export const NomineePatch = z
  .strictObject({ ...correctable(), consent: z.optional(NomineeConsent) })
  .register(z.globalRegistry, { id: 'OwnRegistrationPatch' });
export type NomineePatch = z.infer<typeof NomineePatch>;

/** The patch's schema for a registration in `status` (the web form checks with it, the use case enforces it). */
export const patchSchemaFor = (status: RegistrationStatus) => (status === 'nominated' ? NomineePatch : RegistrationPatch);

/** Refuses `consent` from anyone but a nominee, as the unknown field it is for them (400 naming `consent`). */
export const assertPatchAllowed = (status: RegistrationStatus, patch: NomineePatch): void => {
  if (patch.consent !== undefined && status !== 'nominated')
    throw new ValidationFailed([{ path: 'consent', message: 'Consent was given at registration; only a nominee gives it here' }]);
};

/** The registration with the patch applied, and the names of the fields that really changed. */
export const applyPatch = (before: Registration, patch: NomineePatch): { after: Registration; fields: string[] } => {
  const fields: string[] = [];
  const participant = { ...before.participant };
  const needs = { ...before.needs };
  let language = before.language;
  let consent = before.consent;
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
  for (const key of ['dataProcessing', 'listInParticipants'] as const) {
    const value = patch.consent?.[key];
    if (value !== undefined && value !== consent[key]) {
      consent = { ...consent, [key]: value };
      fields.push(`consent.${key}`);
    }
  }
  return { after: { ...before, participant, needs, language, consent }, fields };
};

export const emailChanged = (before: Registration, after: Registration): boolean =>
  normalizeEmail(before.participant.email) !== normalizeEmail(after.participant.email);
