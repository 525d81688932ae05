/**
 * The rate limits of every public POST (contract: "Public writes are rate limited"): per client (an IPv4
 * address, or an IPv6 /64) and per email address, from the event's settings, 429 `/problems/rate-limited`
 * with Retry-After past them, and nothing written or sent on a 429.
 *
 * The client address: in AWS the app reads X-Plenary-Viewer-Address (the viewer as CloudFront saw it, written by its function);
 * the local gateway started for tests keeps that header as the test sends it, so tests can be many clients.
 */
import { describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createHash } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { RATE_ITEM_SK } from '../../shared/adapters/items/rate-limit-window.ts';
import { rateCounterPk } from '../../shared/adapters/rate-limiter.ts';
import { hourWindow } from '../../shared/domain/rate-limits.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api } from '../support/api.ts';
import { allEmails, drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { inquiryBody, partitionSize, pressEvent, submit } from './press-helpers.ts';
import { register, registrationEvent, secretariat, tableState, tokenOf, uniqueEmail, withParticipant } from './registration-helpers.ts';

/** The limit counts per clock hour: never start a burst in the last seconds of one. */
const awayFromHourEnd = async () => {
  const { retryAfterSeconds } = hourWindow(new Date());
  if (retryAfterSeconds < 15) await new Promise((r) => setTimeout(r, retryAfterSeconds * 1000 + 100));
};

let clients = 0;
/** A fresh IPv4 client from TEST-NET-3, one per call. */
const newIpv4 = () => `203.0.113.${(++clients % 250) + 1}`;
/** As CloudFront writes the header: the viewer's address, a colon, the viewer's port. */
const from = (address: string) => ({ 'X-Plenary-Viewer-Address': `${address}:${40000 + (clients % 20000)}` });

/** Emails to or about `address` (the secretariat's notice names the delegate's address in its body). */
const emailsMentioning = async (address: string) =>
  (await allEmails()).filter((m) =>
    [...m.destination.to, m.body.text ?? '', m.body.html ?? ''].some((part) => part.toLowerCase().includes(address.toLowerCase())),
  );

const expectRateLimited = (answer: { status: number; headers: Headers; json: { type?: string } }) => {
  expect(answer.status).toBe(429);
  expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
  expect(answer.json.type).toMatch(/\/problems\/rate-limited$/);
  const retryAfter = Number(answer.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(3600);
};

/** A registration event whose limits are the given ones (the rest as the sample event). */
const limitedEvent = (
  prefix: string,
  limits: { clientLimitPerHour?: number; emailLimitPerHour?: number },
  registration: Record<string, unknown> = {},
) => registrationEvent(prefix, { capacity: 500, quotas: { member_state: 200, observer: 200 }, ...registration, ...limits });

/** A delegate body for another member state each time, so the delegation quota never refuses before the limit. */
const delegate = (email = uniqueEmail('limits')) => withParticipant({ email }, { role: 'delegate' });

describe('registration: per client', () => {
  it('past registration.clientLimitPerHour from one client: 429 with Retry-After, nothing written or sent; another client still registers', async () => {
    const { eventId } = await limitedEvent('limit-client', { clientLimitPerHour: 3, emailLimitPerHour: 50 });
    await awayFromHourEnd();
    const office = newIpv4();
    for (let i = 0; i < 3; i++) expect((await register(eventId, delegate(), from(office))).status).toBe(201);
    await drainStreams();
    const before = await tableState(eventId);

    const refusedEmail = uniqueEmail('refused');
    const refused = await register(eventId, delegate(refusedEmail), from(office));
    expectRateLimited(refused);

    await drainStreams();
    const after = await tableState(eventId);
    expect(after.items).toEqual(before.items);
    // Neither the delegate's acknowledgement nor the secretariat's notice (which names the address) went out.
    expect(await emailsMentioning(refusedEmail)).toEqual([]);

    expect((await register(eventId, delegate(), from(newIpv4()))).status).toBe(201);
  });

  it('addresses of one IPv6 /64 are one client; another /64 is another client', async () => {
    const { eventId } = await limitedEvent('limit-v6', { clientLimitPerHour: 2, emailLimitPerHour: 50 });
    await awayFromHourEnd();
    expect((await register(eventId, delegate(), from('2001:db8:aa:1::1'))).status).toBe(201);
    // The same /64 written otherwise: another interface id, upper case, uncompressed.
    expect((await register(eventId, delegate(), from('2001:DB8:AA:1:FFFF:FFFF:FFFF:FFFE'))).status).toBe(201);
    expectRateLimited(await register(eventId, delegate(), from('2001:0db8:00aa:0001:1234:5678:9abc:def0')));
    expectRateLimited(await register(eventId, delegate(), from('[2001:db8:aa:1:dead:beef::7]')));
    // The neighbouring /64s are other clients.
    expect((await register(eventId, delegate(), from('2001:db8:aa:2::1'))).status).toBe(201);
    expect((await register(eventId, delegate(), from('2001:db8:aa:0:ffff::1'))).status).toBe(201);
  });

  it('an IPv4-mapped IPv6 address is the IPv4 client it maps', async () => {
    const { eventId } = await limitedEvent('limit-mapped', { clientLimitPerHour: 1, emailLimitPerHour: 50 });
    await awayFromHourEnd();
    const client = newIpv4();
    expect((await register(eventId, delegate(), from(client))).status).toBe(201);
    expectRateLimited(await register(eventId, delegate(), from(`::ffff:${client}`)));
  });
});

describe('registration: per email address', () => {
  it('past registration.emailLimitPerHour for one address (however written, from any client): 429, and nothing sent to it', async () => {
    const { eventId } = await limitedEvent('limit-email', { clientLimitPerHour: 100, emailLimitPerHour: 2 });
    await awayFromHourEnd();
    const victim = uniqueEmail('victim');
    const first = await register(eventId, delegate(victim), from(newIpv4()));
    expect(first.status).toBe(201);
    // The second attempt is refused as already registered, and still counts.
    expect((await register(eventId, delegate(`  ${victim.toUpperCase()} `), from(newIpv4()))).status).toBe(409);
    await drainStreams();
    await waitForEmails(() => emailsTo(victim));
    const mailBefore = (await emailsMentioning(victim)).length;
    const before = await tableState(eventId);

    expectRateLimited(await register(eventId, delegate(victim), from(newIpv4())));
    await drainStreams();
    expect((await tableState(eventId)).items).toEqual(before.items);
    expect((await emailsMentioning(victim)).length).toBe(mailBefore);

    // Others are not affected.
    expect((await register(eventId, delegate(), from(newIpv4()))).status).toBe(201);
  });
});

describe('registration: defaults and event settings', () => {
  it('an event that says nothing allows 5 attempts per address and 100 per client an hour', async () => {
    // Closed for registration: every attempt is a cheap 409 that still counts against the limits.
    const soon = Date.now() + 30 * 24 * 3600 * 1000;
    const { eventId } = await registrationEvent('limit-defaults', {
      opensAt: new Date(soon).toISOString(),
      closesAt: new Date(soon + 24 * 3600 * 1000).toISOString(),
    });
    await awayFromHourEnd();

    const address = uniqueEmail('default-email');
    for (let i = 0; i < 5; i++) expect((await register(eventId, delegate(address), from(newIpv4()))).status).toBe(409);
    expectRateLimited(await register(eventId, delegate(address), from(newIpv4())));

    const office = newIpv4();
    for (let i = 0; i < 100; i += 10) {
      const answers = await Promise.all(Array.from({ length: 10 }, () => register(eventId, delegate(), from(office))));
      expect(answers.map((a) => a.status)).toEqual(Array(10).fill(409));
    }
    expectRateLimited(await register(eventId, delegate(), from(office)));
  });

  it('PUT takes the limits as event settings (100 and 5 when absent), and refuses ones out of range naming the field', async () => {
    const { eventId } = await registrationEvent('limit-put');
    const token = await secretariat();
    const base = sampleEvent();
    const put = (registration: Record<string, unknown>) =>
      api(`/admin/events/${eventId}`, { method: 'PUT', token, body: { ...base, registration: { ...base.registration, ...registration } } });

    const absent = await put({});
    expect(absent.status).toBe(200);
    expect(absent.json.registration).toMatchObject({ clientLimitPerHour: 100, emailLimitPerHour: 5 });

    const saved = await put({ clientLimitPerHour: 2000, emailLimitPerHour: 20 });
    expect(saved.status).toBe(200);
    expect(saved.json.registration).toMatchObject({ clientLimitPerHour: 2000, emailLimitPerHour: 20 });
    expect((await dynamoEventStore().get(eventId))?.registration).toMatchObject({ clientLimitPerHour: 2000, emailLimitPerHour: 20 });

    const bad = await put({ clientLimitPerHour: 0, emailLimitPerHour: 1.5 });
    expect(bad.status).toBe(400);
    const paths = (bad.json.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['registration.clientLimitPerHour', 'registration.emailLimitPerHour']));
  });
});

describe("the delegate's cancel counts per client", () => {
  it('a cancel past the client limit is a 429 and leaves the registration as it was', async () => {
    const { eventId } = await limitedEvent('limit-cancel', { clientLimitPerHour: 1, emailLimitPerHour: 50 });
    await awayFromHourEnd();
    const client = newIpv4();
    const made = await register(eventId, delegate(), from(client));
    expect(made.status).toBe(201);
    const before = await tableState(eventId);
    const refused = await api(`/events/${eventId}/registrations/${made.json.id}/cancel`, {
      method: 'POST',
      token: tokenOf(made.json.manageUrl),
      headers: from(client),
    });
    expectRateLimited(refused);
    expect((await tableState(eventId)).items).toEqual(before.items);
    // From elsewhere it goes through.
    expect(
      (
        await api(`/events/${eventId}/registrations/${made.json.id}/cancel`, {
          method: 'POST',
          token: tokenOf(made.json.manageUrl),
          headers: from(newIpv4()),
        })
      ).status,
    ).toBe(200);
  });
});

describe("the delegate's erasure counts per client", () => {
  it('an erasure past the client limit is a 429 and leaves the registration as it was', async () => {
    const { eventId } = await limitedEvent('limit-erase', { clientLimitPerHour: 1, emailLimitPerHour: 50 });
    await awayFromHourEnd();
    const client = newIpv4();
    const made = await register(eventId, delegate(), from(client));
    expect(made.status).toBe(201);
    const before = await tableState(eventId);
    const erase = (headers: Record<string, string>) =>
      api(`/events/${eventId}/registrations/${made.json.id}/erase`, { method: 'POST', token: tokenOf(made.json.manageUrl), headers });
    expectRateLimited(await erase(from(client)));
    expect((await tableState(eventId)).items).toEqual(before.items);
    // From elsewhere it goes through.
    expect((await erase(from(newIpv4()))).status).toBe(200);
  });
});

describe('press inquiries', () => {
  it('count per client by registration.clientLimitPerHour (a press office behind one address is not refused at the per-address limit)', async () => {
    const { eventId } = await pressEvent('press-client', {
      press: { defaultContact: 'technical-secretariat', hourlyLimit: 1 },
      registration: { ...sampleEvent().registration, clientLimitPerHour: 3 },
    });
    await awayFromHourEnd();
    const office = newIpv4();
    const journalist = (i: number) => inquiryBody({ journalist: { name: `R${i}`, email: `r${i}-${eventId}@example.com`, outlet: 'Wire' } });
    for (let i = 0; i < 3; i++) expect((await submit(eventId, journalist(i), from(office))).status).toBe(202);
    const before = await partitionSize(eventId);
    expectRateLimited(await submit(eventId, journalist(9), from(office)));
    expect(await partitionSize(eventId)).toBe(before);
    expect((await submit(eventId, journalist(10), from(newIpv4()))).status).toBe(202);
  });

  it('IPv6 rotation within a /64 does not escape the per-client count', async () => {
    const { eventId } = await pressEvent('press-v6', { registration: { ...sampleEvent().registration, clientLimitPerHour: 2 } });
    await awayFromHourEnd();
    const journalist = (i: number) => inquiryBody({ journalist: { name: `R${i}`, email: `v6-${i}-${eventId}@example.com`, outlet: 'Wire' } });
    expect((await submit(eventId, journalist(1), from('2001:db8:bb:7::1'))).status).toBe(202);
    expect((await submit(eventId, journalist(2), from('2001:db8:bb:7::2'))).status).toBe(202);
    expectRateLimited(await submit(eventId, journalist(3), from('2001:db8:bb:7:ffff::3')));
    expect((await submit(eventId, journalist(4), from('2001:db8:bb:8::1'))).status).toBe(202);
  });

  it("someone else's address: past press.hourlyLimit a 429 that sends nothing, and one acknowledgement an hour whatever the count", async () => {
    const { eventId } = await pressEvent('press-victim', { press: { defaultContact: 'technical-secretariat', hourlyLimit: 3 } });
    await awayFromHourEnd();
    const victim = `victim-${eventId}@example.com`;
    const body = (i: number) => inquiryBody({ journalist: { name: 'Not Me', email: victim, outlet: 'Nowhere' }, subject: `Unasked ${i} ${eventId}` });
    for (let i = 0; i < 3; i++) expect((await submit(eventId, body(i), from(newIpv4()))).status).toBe(202);
    const before = await partitionSize(eventId);
    expectRateLimited(await submit(eventId, body(4), from(newIpv4())));
    expect(await partitionSize(eventId)).toBe(before);

    await drainStreams();
    // Every inquiry reached its contact (three emails), but the address got one acknowledgement.
    const contactMail = await waitForEmails(
      async () => (await allEmails()).filter((m) => m.subject.includes(eventId) && !m.destination.to.some((t) => t.includes(victim))),
      { count: 3 },
    );
    expect(contactMail).toHaveLength(3);
    const acknowledgements = await waitForEmails(() => emailsTo(victim));
    await new Promise((r) => setTimeout(r, 500));
    await drainStreams();
    expect(acknowledgements).toHaveLength(1);
    expect(await emailsTo(victim)).toHaveLength(1);
  });
});

describe('rate-limit keys', () => {
  it('are an HMAC under a secret, not a plain SHA-256 of the address or IP', async () => {
    const { eventId } = await pressEvent('limit-keys');
    await awayFromHourEnd();
    const client = newIpv4();
    const email = `keys-${eventId}@example.com`;
    expect((await submit(eventId, inquiryBody({ journalist: { name: 'K', email, outlet: 'O' } }), from(client))).status).toBe(202);
    const window = hourWindow(new Date()).label;
    for (const [scope, value] of [
      ['client', client],
      ['email:press', email],
    ] as const) {
      const pk = await rateCounterPk(eventId, scope, value, window);
      expect(pk).not.toContain(value);
      for (const plain of [value, `${scope}:${value}`, `ip:${value}`, `email:${value}`]) {
        expect(pk).not.toContain(createHash('sha256').update(plain).digest('base64url'));
        expect(pk).not.toContain(createHash('sha256').update(plain).digest('hex'));
      }
      const { Item } = await documentClient().send(
        new GetCommand({ TableName: env.tableName, Key: { PK: pk, SK: RATE_ITEM_SK }, ConsistentRead: true }),
      );
      expect(Item, scope).toMatchObject({ count: 1, expiresAt: expect.any(Number) });
    }
  });
});

describe('the OpenAPI document', () => {
  it('documents the 429 of every public POST and the limits as event settings', async () => {
    const { json } = await api('/openapi.json');
    const publicPosts = Object.entries(json.paths as Record<string, Record<string, { security?: unknown[]; responses: Record<string, unknown> }>>)
      .filter(([path, ops]) => ops.post && !path.startsWith('/api/admin/'))
      .map(([path, ops]) => [path, Object.keys(ops.post!.responses)] as const);
    expect(publicPosts.map(([path]) => path).sort()).toEqual([
      '/api/events/{eventId}/delegations/{code}/nominations',
      '/api/events/{eventId}/delegations/{code}/note-verbale',
      '/api/events/{eventId}/delegations/{code}/note-verbale/{documentId}/complete',
      '/api/events/{eventId}/delegations/{code}/submit',
      '/api/events/{eventId}/inquiries',
      '/api/events/{eventId}/registrations',
      '/api/events/{eventId}/registrations/{id}/cancel',
      '/api/events/{eventId}/registrations/{id}/erase',
    ]);
    for (const [path, statuses] of publicPosts) expect(statuses, path).toContain('429');
    const registration = JSON.stringify(json.components.schemas);
    expect(registration).toContain('clientLimitPerHour');
    expect(registration).toContain('emailLimitPerHour');
  });
});
