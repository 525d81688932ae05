/** The public API calls the delegate and journalist pages make (each is an operation of the OpenAPI document, `GET /api/openapi.json`). */
import { requestJson, send } from './http-client.ts';
import type { DelegateRegistration, Erased, InquiryAccepted, PublicEvent, Registered, RegistrationData } from './responses.ts';

const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
const registrationPath = (eventId: string, id: string) => `${eventPath(eventId)}/registrations/${encodeURIComponent(id)}`;

export const listEvents = () => requestJson<{ items: PublicEvent[] }>('/events');

export const getEvent = (eventId: string) => requestJson<PublicEvent>(eventPath(eventId));

export const register = (eventId: string, body: unknown, idempotencyKey: string) =>
  requestJson<Registered>(`${eventPath(eventId)}/registrations`, { method: 'POST', body, idempotencyKey });

export const getRegistration = (eventId: string, id: string, token: string) =>
  requestJson<DelegateRegistration>(registrationPath(eventId, id), { token });

export const correctRegistration = (eventId: string, id: string, token: string, body: unknown) =>
  requestJson<DelegateRegistration>(registrationPath(eventId, id), { method: 'PATCH', token, body });

/** The delegate may give a reason or none; the page sends none. */
export const cancelRegistration = (eventId: string, id: string, token: string) =>
  requestJson<DelegateRegistration>(`${registrationPath(eventId, id)}/cancel`, { method: 'POST', token });

/** The .ics as a Blob: fetched with the manage token in the header, never left in a URL that others may log. */
export const fetchCalendar = async (eventId: string, id: string, token: string): Promise<Blob> =>
  (await send(`${registrationPath(eventId, id)}/calendar.ics`, { token }, 'text/calendar')).blob();

/** Everything held about the delegate (their registration, its history, the emails), for the page and the JSON download. */
export const getOwnData = (eventId: string, id: string, token: string) =>
  requestJson<RegistrationData>(`${registrationPath(eventId, id)}/data`, { token });

/** Cancels if needed, then erases; afterwards the token answers 404 everywhere. */
export const eraseOwnData = (eventId: string, id: string, token: string, idempotencyKey: string) =>
  requestJson<Erased>(`${registrationPath(eventId, id)}/erase`, { method: 'POST', token, idempotencyKey });

export const sendInquiry = (eventId: string, body: unknown, idempotencyKey: string) =>
  requestJson<InquiryAccepted>(`${eventPath(eventId)}/inquiries`, { method: 'POST', body, idempotencyKey });
