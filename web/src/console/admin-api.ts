/** The secretariat's API calls (tagged `secretariat` in the OpenAPI document, `GET /api/openapi.json`), each with the signed-in user's bearer token. */
import type { StatusChangeBody } from '../../../shared/domain/press/status-change.ts';
import type { DecisionBody } from '../../../shared/domain/registration/requests.ts';
import type { BulkDecisionBody } from '../../../shared/domain/registration/bulk-decisions.ts';
import { requestJson, send } from '../api/http-client.ts';
import type {
  AdminRegistration,
  AdminRegistrationPage,
  AdminRegistrationWithHistory,
  Erased,
  EventSummary,
  Inquiry,
  InquiryPage,
  RegistrationDecisionResults,
} from '../api/responses.ts';

const admin = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}`;

export const getSummary = (eventId: string, token: string) => requestJson<EventSummary>(`${admin(eventId)}/summary`, { token });

/** The list's search, filters and sort (the OpenAPI document's listRegistrations; the server names a bad one in `errors[].path` as `query.<name>`). */
export interface RegistrationQuery {
  q?: string | undefined;
  status?: string | undefined;
  delegation?: string | undefined;
  role?: string | undefined;
  kind?: string | undefined;
  sort?: string | undefined;
  cursor?: string | undefined;
  limit?: number;
}

export const listRegistrations = (eventId: string, token: string, query: RegistrationQuery) =>
  requestJson<AdminRegistrationPage>(`${admin(eventId)}/registrations`, { token, query: { ...query } });

/** Many decisions in one request, one Idempotency-Key for the whole selection; each row gets its own outcome. */
export const decideRegistrations = (eventId: string, token: string, body: BulkDecisionBody, idempotencyKey: string) =>
  requestJson<RegistrationDecisionResults>(`${admin(eventId)}/registrations/decisions`, { method: 'POST', token, body, idempotencyKey });

export const getAdminRegistration = (eventId: string, id: string, token: string) =>
  requestJson<AdminRegistrationWithHistory>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}`, { token });

export const decideRegistration = (eventId: string, id: string, token: string, body: DecisionBody) =>
  requestJson<AdminRegistration>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}/decision`, { method: 'POST', token, body });

export const cancelForDelegate = (eventId: string, id: string, token: string, reason: string) =>
  requestJson<AdminRegistration>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}/cancel`, { method: 'POST', token, body: { reason } });

/** The participants list: fetched with the token (a plain link could not carry it), then saved as a file. */
export const fetchRegistrationsCsv = async (eventId: string, token: string): Promise<Blob> =>
  (await send(`${admin(eventId)}/registrations.csv`, { token }, 'text/csv')).blob();

export const listInquiries = (eventId: string, token: string, query: { status?: string; cursor?: string; limit?: number } = {}) =>
  requestJson<InquiryPage>(`${admin(eventId)}/inquiries`, { token, query });

/** Erases a registration's personal data (cancelling it first if it is active), on a request received another way. */
export const eraseRegistration = (eventId: string, id: string, token: string, reason: string) =>
  requestJson<Erased>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}/erase`, { method: 'POST', token, body: { reason } });

/** Erases an inquiry's personal data (the journalist's details, subject, message and notes). */
export const eraseInquiry = (eventId: string, id: string, token: string, reason: string) =>
  requestJson<Inquiry>(`${admin(eventId)}/inquiries/${encodeURIComponent(id)}/erase`, { method: 'POST', token, body: { reason } });

export const changeInquiryStatus = (eventId: string, id: string, token: string, body: StatusChangeBody) =>
  requestJson<Inquiry>(`${admin(eventId)}/inquiries/${encodeURIComponent(id)}/status`, { method: 'POST', token, body });
