/** The check-in app's two API calls (tagged `check-in` in the OpenAPI document), each with the signed-in user's token. */
import { requestJson } from '../api/http-client.ts';
import type { CheckInAnswer, CheckInBody, Roster, RosterPage } from './roster-types.ts';

const base = (eventId: string) => `/admin/events/${encodeURIComponent(eventId)}`;

/** The whole roster, page after page (1000 a page: a door downloads everyone). */
export const downloadRoster = async (eventId: string, token: string): Promise<Roster> => {
  const entries: Roster['entries'] = [];
  let cursor: string | undefined;
  let first: RosterPage | undefined;
  do {
    const page: RosterPage = await requestJson<RosterPage>(`${base(eventId)}/check-in/roster`, { token, query: { limit: 1000, cursor } });
    first ??= page;
    entries.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return { eventId, publicKey: first.publicKey, generatedAt: first.generatedAt, entries };
};

/** One check-in; the scan id is the Idempotency-Key, so a resend after a lost answer counts once. */
export const postCheckIn = (eventId: string, token: string, body: CheckInBody): Promise<CheckInAnswer> =>
  requestJson<CheckInAnswer>(`${base(eventId)}/check-ins`, { method: 'POST', token, body, idempotencyKey: body.scanId });
