/**
 * The focal point's calls (tag `delegations` in the OpenAPI document), each with the delegation token as a bearer,
 * never in the URL. Still to wire when the `dossier` branch lands: the note verbale (POST .../note-verbale, then
 * .../note-verbale/{documentId}/complete) and POST .../submit.
 */
import type * as z from 'zod/mini';
import type { FocalPointDelegationSchema, NominationOutcomeSchema } from '../../../shared/domain/delegations/focal-point.ts';
import type { NominationBody } from '../../../shared/domain/delegations/nomination-body.ts';
import { requestJson } from './http-client.ts';

export type FocalPointDelegation = z.output<typeof FocalPointDelegationSchema>;
export type DelegationMember = FocalPointDelegation['members'][number];
export type NominationOutcome = z.output<typeof NominationOutcomeSchema>;

const delegationPath = (eventId: string, code: string) => `/events/${encodeURIComponent(eventId)}/delegations/${encodeURIComponent(code)}`;

export const getDelegation = (eventId: string, code: string, token: string) =>
  requestJson<FocalPointDelegation>(delegationPath(eventId, code), { token });

export const nominate = (eventId: string, code: string, token: string, body: NominationBody, idempotencyKey: string) =>
  requestJson<NominationOutcome>(`${delegationPath(eventId, code)}/nominations`, { method: 'POST', token, body, idempotencyKey });

export const withdrawNominee = (eventId: string, code: string, token: string, id: string) =>
  requestJson<NominationOutcome>(`${delegationPath(eventId, code)}/nominations/${encodeURIComponent(id)}`, { method: 'DELETE', token });
