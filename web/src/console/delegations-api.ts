/**
 * The secretariat's delegation calls: the list, inviting and revoking focal points. Still to wire when the `dossier`
 * branch lands: GET .../delegations/{code}/note-verbale and POST .../delegations/{code}/accreditation.
 */
import type * as z from 'zod/mini';
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
