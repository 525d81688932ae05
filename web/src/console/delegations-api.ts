/**
 * The secretariat's delegation calls: the list, inviting and revoking focal points, the note verbale's short-lived
 * link (asked as JSON: a script cannot follow the 303 to the bucket's origin), and the accreditation or return.
 */
import type * as z from 'zod/mini';
import type { AccreditationBody, AccreditationOutcomeSchema, NoteVerbaleLinkSchema } from '../../../shared/domain/delegations/dossier.ts';
import type {
  AdminDelegationListSchema,
  FocalPointCreatedSchema,
  FocalPointViewSchema,
  InviteFocalPointBody,
} from '../../../shared/domain/delegations/focal-point.ts';
import { requestJson } from '../api/http-client.ts';

export type AdminDelegationList = z.output<typeof AdminDelegationListSchema>;
export type AdminDelegation = AdminDelegationList['items'][number];
export type FocalPointView = z.output<typeof FocalPointViewSchema>;

const delegations = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}/delegations`;

export const listDelegations = (eventId: string, token: string) => requestJson<AdminDelegationList>(delegations(eventId), { token });

export const inviteFocalPoint = (eventId: string, code: string, token: string, body: InviteFocalPointBody, idempotencyKey: string) =>
  requestJson<z.output<typeof FocalPointCreatedSchema>>(`${delegations(eventId)}/${encodeURIComponent(code)}/focal-points`, {
    method: 'POST',
    token,
    body,
    idempotencyKey,
  });

export const revokeFocalPoint = (eventId: string, code: string, token: string, id: string) =>
  requestJson<FocalPointView>(`${delegations(eventId)}/${encodeURIComponent(code)}/focal-points/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    token,
  });

export const noteVerbaleLink = (eventId: string, code: string, token: string) =>
  requestJson<z.output<typeof NoteVerbaleLinkSchema>>(`${delegations(eventId)}/${encodeURIComponent(code)}/note-verbale`, { token });

export const decideAccreditation = (eventId: string, code: string, token: string, body: AccreditationBody) =>
  requestJson<z.output<typeof AccreditationOutcomeSchema>>(`${delegations(eventId)}/${encodeURIComponent(code)}/accreditation`, {
    method: 'POST',
    token,
    body,
  });
