/**
 * Uniqueness claims of an event, one item each, held by one registration (active or waitlisted):
 * `EVENT#<id>` / `EMAIL#<trimmed lower-case email>` and `EVENT#<id>` / `HOD#<delegation>`.
 */
import { normalizeEmail } from '../../domain/primitives.ts';
import type { Claim } from '../../domain/registration/commit-writes.ts';
import { eventPk } from '../table.ts';

export const claimKey = (eventId: string, claim: Claim) => ({
  PK: eventPk(eventId),
  SK: claim.kind === 'email' ? `EMAIL#${normalizeEmail(claim.email)}` : `HOD#${claim.delegation}`,
});

export const claimItem = (eventId: string, claim: Claim, registrationId: string) => ({ ...claimKey(eventId, claim), type: 'claim', registrationId });
