/** The secretariat's API calls (see api.md, "Secretariat"), each with the signed-in user's bearer token. */
import type { InquiryView } from '../../../shared/domain/press/inquiry-view.ts';
import type { SettableStatus } from '../../../shared/domain/press/status-change.ts';
import type { toHistoryView } from '../../../shared/domain/registration/views.ts';
import type { Participant, RegistrationStatus, Role } from '../../../shared/domain/registration/registration.ts';
import { requestJson, send } from '../api/http-client.ts';

export type { InquiryView };

export interface EventSummary {
  eventId: string;
  capacity: number;
  active: number;
  byStatus: Partial<Record<RegistrationStatus, number>>;
  byDelegation: { code: string; kind: string; quota: number; active: number }[];
  inquiriesByStatus: Record<string, number>;
  emails: { undelivered: number; suppressed: number };
}

export interface AdminRegistration {
  id: string;
  reference: string;
  status: RegistrationStatus;
  participant: Participant;
  delegation: string;
  role: Role;
  language: string;
  needs?: { accessibility: string; dietary: string };
  reason?: string;
  createdAt: string;
  updatedAt?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

const admin = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}`;

export const getSummary = (eventId: string, token: string) => requestJson<EventSummary>(`${admin(eventId)}/summary`, { token });

export const listRegistrations = (
  eventId: string,
  token: string,
  query: { status?: string | undefined; delegation?: string | undefined; cursor?: string | undefined; limit?: number },
) => requestJson<Page<AdminRegistration>>(`${admin(eventId)}/registrations`, { token, query });

export const getAdminRegistration = (eventId: string, id: string, token: string) =>
  requestJson<AdminRegistration & { history?: ReturnType<typeof toHistoryView>[] }>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}`, { token });

export const decideRegistration = (eventId: string, id: string, token: string, body: { decision: 'approve' | 'decline'; reason?: string }) =>
  requestJson<AdminRegistration>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}/decision`, { method: 'POST', token, body });

export const cancelForDelegate = (eventId: string, id: string, token: string, reason: string) =>
  requestJson<AdminRegistration>(`${admin(eventId)}/registrations/${encodeURIComponent(id)}/cancel`, { method: 'POST', token, body: { reason } });

/** The participants list: fetched with the token (a plain link could not carry it), then saved as a file. */
export const fetchRegistrationsCsv = async (eventId: string, token: string): Promise<Blob> =>
  (await send(`${admin(eventId)}/registrations.csv`, { token }, 'text/csv')).blob();

export const listInquiries = (eventId: string, token: string, query: { status?: string; cursor?: string; limit?: number } = {}) =>
  requestJson<Page<InquiryView>>(`${admin(eventId)}/inquiries`, { token, query });

export const changeInquiryStatus = (eventId: string, id: string, token: string, body: { status: SettableStatus; note: string }) =>
  requestJson<InquiryView>(`${admin(eventId)}/inquiries/${encodeURIComponent(id)}/status`, { method: 'POST', token, body });
