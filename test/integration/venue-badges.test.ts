/**
 * Badges through the API, as the secretariat prints them and a delegate downloads theirs: real PDFs from the local
 * platform, rendered by poppler and scanned with jsQR, the code verified with the public key the routes published.
 */
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { dynamoBadgeKeysStore } from '../../shared/adapters/badge-keys-store.ts';
import { mm } from '../../shared/badges/badge-sizes.ts';
import { importPublicKey, verifyCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { tokenFor } from '../support/api.ts';
import { badgeText, itWithPoppler, scanBadgeQr } from '../support/badge-pdf.ts';
import { decide, register, registrationEvent, tokenOf, withParticipant } from './registration-helpers.ts';
import { checkIn, scan } from './venue-helpers.ts';

interface PdfAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

/** GET a PDF (the shared `api` helper reads bodies as text, which would mangle the bytes). */
const getPdf = async (path: string, token?: string): Promise<PdfAnswer> => {
  const response = await fetch(`${inject('platform').apiUrl}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
};

let eventId: string;
let secretariat: string;
const people = {
  delegate: { givenName: 'Đorđe', familyName: 'Petrović', role: 'delegate' },
  head: { givenName: 'João', familyName: 'Conceição', role: 'head_of_delegation' },
  adviser: { givenName: 'Анна', familyName: 'Кузнецова', role: 'adviser' },
};
const ids: Record<string, { id: string; token: string }> = {};

const enrol = async (key: string, delegation: string, givenName: string, familyName: string, role: string) => {
  const answer = await register(eventId, withParticipant({ givenName, familyName, title: '' }, { delegation, role, language: 'pt' }));
  expect(answer.status, answer.text).toBe(201);
  ids[key] = { id: answer.json.id, token: tokenOf(answer.json.manageUrl) };
};

beforeAll(async () => {
  ({ eventId } = await registrationEvent('badges'));
  secretariat = await tokenFor('secretariat');
  // Registered in an order unlike the print order: delegate, head, adviser.
  for (const [key, p] of Object.entries(people)) await enrol(key, 'AR', p.givenName, p.familyName, p.role);
  await enrol('bolivia', 'BO', 'محمد', 'الأمين', 'delegate');
  await enrol('pending', 'AR', 'Pendiente', 'Aún', 'delegate');
  for (const key of ['delegate', 'head', 'adviser', 'bolivia']) {
    const decided = await decide(eventId, ids[key]!.id, { decision: 'approve' });
    expect(decided.status, decided.text).toBe(200);
  }
});

describe('badges', () => {
  itWithPoppler("prints a delegation's confirmed participants, head of delegation first, one A6 page each", async () => {
    const answer = await getPdf(`/admin/events/${eventId}/badges.pdf?delegation=AR`, secretariat);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/pdf');
    expect(answer.headers.get('content-disposition')).toBe(`attachment; filename="badges-${eventId}-AR-a6.pdf"`);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const pdf = await PDFDocument.load(answer.bytes);
    expect(pdf.getPageCount()).toBe(3); // not the pending one, not Bolivia's
    expect(pdf.getPage(0).getWidth()).toBeCloseTo(mm(105), 2);
    const names = [1, 2, 3].map((page) => badgeText(answer.bytes, page));
    expect(names[0]).toContain('Conceição');
    expect(names[1]).toContain('Petrović'); // delegate before adviser
    expect(names[2]).toContain('Кузнецова');
  });

  itWithPoppler('prints by category, on CR80 cards', async () => {
    const answer = await getPdf(`/admin/events/${eventId}/badges.pdf?category=member_state&size=cr80`, secretariat);
    expect(answer.status).toBe(200);
    const pdf = await PDFDocument.load(answer.bytes);
    expect(pdf.getPageCount()).toBe(4);
    expect(pdf.getPage(0).getHeight()).toBeCloseTo(mm(85.6), 2);
    expect(badgeText(answer.bytes, 4).normalize('NFKC')).toContain('الأمين');
  });

  itWithPoppler("gives one registration's badge whose QR scans to a code the published public key verifies", async () => {
    const answer = await getPdf(`/admin/events/${eventId}/registrations/${ids.head!.id}/badge.pdf`, secretariat);
    expect(answer.status).toBe(200);
    const scanned = scanBadgeQr(answer.bytes);
    expect(scanned).toBeDefined();
    const published = await dynamoBadgeKeysStore().publicKeyOf(eventId);
    expect(published).toBeDefined();
    expect(await verifyCheckInCode(scanned!, eventId, await importPublicKey(published!))).toEqual({
      valid: true,
      subject: { eventId, registrationId: ids.head!.id },
    });
  });

  it('lets the delegate download their own badge with the manage token, once confirmed', async () => {
    const own = (key: string, token?: string) => getPdf(`/events/${eventId}/registrations/${ids[key]!.id}/badge.pdf`, token);
    expect((await own('pending', ids.pending!.token)).status).toBe(409);
    expect((await own('head')).status).toBe(404);
    expect((await own('head', ids.pending!.token)).status).toBe(404);
    const answer = await own('head', ids.head!.token);
    expect(answer.status).toBe(200);
    expect((await PDFDocument.load(answer.bytes)).getPageCount()).toBe(1);
  });

  itWithPoppler('checks a participant in at the door from the printed badge: PDF, rendered, scanned, posted', async () => {
    const answer = await getPdf(`/admin/events/${eventId}/badges.pdf?delegation=BO&size=cr80`, secretariat);
    expect(answer.status).toBe(200);
    const code = scanBadgeQr(answer.bytes);
    expect(code).toBeDefined();
    const body = scan({ code });
    const first = await checkIn(eventId, body, { key: body.scanId });
    expect(first.status, first.text).toBe(200);
    expect(first.json.firstScan).toBe(true);
    expect(first.json.participant.registrationId).toBe(ids.bolivia!.id);
    const again = scan({ code, device: 'Door B' });
    const second = await checkIn(eventId, again, { key: again.scanId });
    expect(second.json.firstScan).toBe(false);
  });

  it('answers 404 when nothing matches, and 409 for an unconfirmed registration', async () => {
    expect((await getPdf(`/admin/events/${eventId}/badges.pdf?delegation=CL`, secretariat)).status).toBe(404);
    expect((await getPdf(`/admin/events/${eventId}/registrations/${ids.pending!.id}/badge.pdf`, secretariat)).status).toBe(409);
  });
});
