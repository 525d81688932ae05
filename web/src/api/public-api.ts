/** The public API calls the delegate and journalist pages make (see api.md, "Public"). */
import type { PublicEvent } from '../../../shared/domain/event-config.ts';
import { requestJson, send } from './http-client.ts';

export type { PublicEvent };

export interface RegistrationReceipt {
  id: string;
  reference: string;
  status: string;
  manageUrl: string;
}

export interface InquiryReceipt {
  id: string;
  reference: string;
  status: string;
}

const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
const registrationPath = (eventId: string, id: string) => `${eventPath(eventId)}/registrations/${encodeURIComponent(id)}`;

export const listEvents = () => requestJson<{ items: PublicEvent[] }>('/events');

export const getEvent = (eventId: string) => requestJson<PublicEvent>(eventPath(eventId));

export const register = (eventId: string, body: unknown, idempotencyKey: string) =>
  requestJson<RegistrationReceipt>(`${eventPath(eventId)}/registrations`, { method: 'POST', body, idempotencyKey });

export const getRegistration = <T>(eventId: string, id: string, token: string) =>
  requestJson<T>(registrationPath(eventId, id), { token });

export const correctRegistration = <T>(eventId: string, id: string, token: string, body: unknown) =>
  requestJson<T>(registrationPath(eventId, id), { method: 'PATCH', token, body });

/** The delegate may give a reason or none; the page sends none. */
export const cancelRegistration = <T>(eventId: string, id: string, token: string) =>
  requestJson<T>(`${registrationPath(eventId, id)}/cancel`, { method: 'POST', token });

/** The .ics as a Blob: fetched with the manage token in the header, never left in a URL that others may log. */
export const fetchCalendar = async (eventId: string, id: string, token: string): Promise<Blob> =>
  (await send(`${registrationPath(eventId, id)}/calendar.ics`, { token }, 'text/calendar')).blob();

export const sendInquiry = (eventId: string, body: unknown, idempotencyKey: string) =>
  requestJson<InquiryReceipt>(`${eventPath(eventId)}/inquiries`, { method: 'POST', body, idempotencyKey });
