/** Request schemas of the registration routes other than the registration body itself (registration.ts, patch.ts). */
import * as z from 'zod/mini';
import { pageQueryShape } from '../params.ts';
import { PARTICIPANT_CATEGORIES } from '../badges/category.ts';
import { DelegationCode, line, text } from '../primitives.ts';
import { CSV_AUDIENCES } from './participants-csv.ts';
import { decisionFields, reasonRequiredToDecline } from './decision-fields.ts';
import { RegistrationStatus, Role } from './registration.ts';
import { REGISTRATION_SORTS } from './registration-search.ts';

/** Approving may give a reason (kept in the history); declining must (the delegate is told it). */
export type DecisionBody = { decision: 'approve'; reason?: string } | { decision: 'decline'; reason: string };

/**
 * Checked as one object with a rule across its fields, not as a zod union: a union would answer a bad `decision`
 * without naming the unknown fields beside it, and a missing reason as plain `Required`. The transform only tells
 * the type what the rule has just checked.
 */
export const DecisionBody = z
  .pipe(
    z.strictObject(decisionFields).check(reasonRequiredToDecline()),
    z.transform((body): DecisionBody =>
      body.decision === 'approve' ? { ...body, decision: 'approve' } : { decision: 'decline', reason: body.reason ?? '' },
    ),
  )
  .register(z.globalRegistry, { id: 'RegistrationDecision' });

export const AdminCancelBody = z.strictObject({ reason: text(1000) }).register(z.globalRegistry, { id: 'AdminCancellation' });

/** The delegate may say why, or send no body at all. */
export const DelegateCancelBody = z.optional(z.strictObject({ reason: z.optional(text(1000)) }));

/**
 * The list's filters combine (every one given must hold); `q` searches the name, email and reference, accent- and
 * case-insensitively; `sort` is a field, `-` in front for descending (default `createdAt`, arrival order).
 */
export const RegistrationListQuery = z.strictObject({
  ...pageQueryShape,
  status: z.optional(RegistrationStatus),
  delegation: z.optional(DelegationCode),
  role: z.optional(Role),
  /** `press`: the accredited journalists (delegation PRESS). */
  kind: z.optional(z.enum(PARTICIPANT_CATEGORIES)),
  q: z.optional(line(100)),
  sort: z.optional(z.enum(REGISTRATION_SORTS)),
});

export const ParticipantsCsvQuery = z.strictObject({
  /** `publication`: confirmed delegates who consented to be listed, no contact details. */
  audience: z._default(z.enum(CSV_AUDIENCES), 'secretariat'),
});
