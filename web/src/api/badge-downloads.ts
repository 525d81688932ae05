/**
 * Badge PDFs, fetched with the bearer token in the header (the secretariat's, or the delegate's manage token) and
 * handed over as Blobs to save: the token never goes in a URL that a log or the browser history could keep.
 */
import { send } from './http-client.ts';

export type BadgeSize = 'a6' | 'cr80';

const pdf = async (path: string, token: string, query?: Record<string, string | undefined>): Promise<Blob> =>
  (await send(path, { token, ...(query ? { query } : {}) }, 'application/pdf')).blob();

const eventPath = (eventId: string) => `/events/${encodeURIComponent(eventId)}`;
const adminPath = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}`;

/** The delegate's own badge (manage token). */
export const fetchOwnBadge = (eventId: string, id: string, token: string, size: BadgeSize) =>
  pdf(`${eventPath(eventId)}/registrations/${encodeURIComponent(id)}/badge.pdf`, token, { size });

/** One registration's badge (secretariat). */
export const fetchBadge = (eventId: string, id: string, token: string, size: BadgeSize) =>
  pdf(`${adminPath(eventId)}/registrations/${encodeURIComponent(id)}/badge.pdf`, token, { size });

/** A delegation's or a category's badges, one page each (secretariat). */
export const fetchBadges = (eventId: string, token: string, query: { delegation?: string; category?: string; size: BadgeSize }) =>
  pdf(`${adminPath(eventId)}/badges.pdf`, token, query);
