/** The secretariat's event setup calls: list, load, create with If-None-Match, save with If-Match, copy. */
import type * as z from 'zod/mini';
import type { EventConfigInput } from '../../../shared/domain/event-config.ts';
import type { AdminEventListSchema, AdminEventSchema } from '../../../shared/http/event-schemas.ts';
import { requestJson } from '../api/http-client.ts';

export type AdminEvent = z.output<typeof AdminEventSchema>;
export type AdminEventList = z.output<typeof AdminEventListSchema>;

const admin = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}`;

export const listAdminEvents = (token: string) => requestJson<AdminEventList>('/admin/events', { token });

export const getAdminEvent = (eventId: string, token: string) => requestJson<AdminEvent>(admin(eventId), { token });

/** Saves over the version loaded (`ifMatch`, its `updatedAt`): a stale copy gets 412 edit-conflict. */
export const saveEvent = (eventId: string, token: string, body: EventConfigInput, ifMatch?: string) =>
  requestJson<AdminEvent>(admin(eventId), { method: 'PUT', token, body, ...(ifMatch ? { ifMatch } : {}) });

/** Creates only: if a colleague has taken this id meanwhile, 412 edit-conflict and nothing is overwritten. */
export const createEvent = (eventId: string, token: string, body: EventConfigInput) =>
  requestJson<AdminEvent>(admin(eventId), { method: 'PUT', token, body, ifNoneMatch: '*' });

export const copyEvent = (eventId: string, token: string, body: { newEventId: string; shiftDays: number }) =>
  requestJson<unknown>(`${admin(eventId)}/copy`, { method: 'POST', token, body });
