/**
 * The event configuration's answers and how an If-Match is read, for the events routes and the secretariat's summary. Apart from
 * schemas.ts because they are made of the domain's event schemas: importing those brings their module into a
 * bundle, so only the routes that name them import this file.
 */
import * as z from 'zod/mini';
import { DelegationKind, EventConfigBody } from '../domain/event-config.ts';
import { CheckInSummarySchema } from '../domain/venue/check-in-summary.ts';

/** `GET /api/admin/events/{eventId}`: the whole configuration as PUT takes it, with its id and `updatedAt` (for If-Match). */
export const AdminEventSchema = /* @__PURE__ */ z
  .intersection(EventConfigBody, z.object({ id: z.string(), updatedAt: z.string() }))
  .register(z.globalRegistry, { id: 'AdminEvent' });

/** `GET /api/admin/events`: every event, published or not, newest first. */
export const AdminEventListSchema = /* @__PURE__ */ z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        titles: z.record(z.string(), z.string()),
        startDate: z.string(),
        endDate: z.string(),
        published: z.boolean(),
        registration: z.object({ opensAt: z.string(), closesAt: z.string() }),
        updatedAt: z.string(),
      }),
    ),
  })
  .register(z.globalRegistry, { id: 'AdminEventList' });

/** The version an `If-Match` names: its value as an ETag (`"..."`, weak or not) or as the bare `updatedAt`. */
export const ifMatchOf = (headers: Record<string, string | undefined>): string | undefined =>
  headers['if-match']
    ?.trim()
    .replace(/^W\//, '')
    .replace(/^"(.*)"$/, '$1');

/** `If-None-Match: *`: the save may only create (RFC 9110: it fails with 412 when the resource exists). */
export const createOnlyOf = (headers: Record<string, string | undefined>): boolean => headers['if-none-match']?.trim() === '*';

/** `PUT /api/admin/events/{eventId}`: the stored configuration, its id and time, and how many waitlisted delegates it seated. */
export const StoredEventSchema = /* @__PURE__ */ z
  .intersection(EventConfigBody, z.object({ id: z.string(), updatedAt: z.string(), promotedFromWaitlist: z.int() }))
  .register(z.globalRegistry, { id: 'StoredEvent' });

/** `GET /api/admin/events/{eventId}/summary`, as `makeAdminRegistrations(...).summary` builds it. */
export const EventSummarySchema = /* @__PURE__ */ z
  .object({
    eventId: z.string(),
    capacity: z.int(),
    active: z.int(),
    available: z.int(),
    waitlisted: z.int(),
    byStatus: z.record(z.string(), z.int()),
    byDelegation: z.array(
      z.object({ code: z.string(), kind: DelegationKind, quota: z.int(), active: z.int(), available: z.int(), waitlisted: z.int() }),
    ),
    inquiriesByStatus: z.record(z.string(), z.int()),
    emails: z.object({ undelivered: z.int(), suppressed: z.int() }),
    /** Checked in against expected (confirmed): the venue's check-in counters (shared/domain/venue/check-in-summary.ts). */
    checkIn: CheckInSummarySchema,
    /** When the event's personal data is erased (its end date plus retention.personalDataDays) and, once done, when it was. */
    personalData: z.object({ erasesOn: z.string(), erasedAt: z.nullable(z.string()) }),
  })
  .register(z.globalRegistry, { id: 'EventSummary' });
