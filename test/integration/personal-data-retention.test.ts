/**
 * The retention job (docs/privacy.md) over the real local table and bucket, under the worker's declared access, with
 * a clock past the event's erasure day: an event with self-registrations (pending, waitlisted, cancelled), a focal
 * point's nomination, a note verbale in the bucket, a returned list, a press inquiry, sent emails, a check-in and a
 * suppressed address, the requests sent with Idempotency-Keys (so their stored responses are in IDEMPOTENCY#
 * records). Afterwards a Scan of the whole table and every object in the bucket hold none of the names,
 * addresses and phones used, no expired idempotency record is left and one not yet expired is kept; the summary answers the same counts; a bounded run is finished by the next; a third
 * run does nothing. The job's events are limited to this test's own (other tests' events share the table).
 */
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand, PutCommand, paginateScan } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { workers } from '../../functions/workers.ts';
import { enforceDeclaredDynamoDbAccess, runAs } from '../../local/dynamodb-permissions.ts';
import { enforceDeclaredS3Access } from '../../local/s3-permissions.ts';
import { startSchedules } from '../../local/worker-bindings.ts';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoIdempotencyRecordSweep } from '../../shared/adapters/idempotency-record-sweep.ts';
import { idempotencyPk } from '../../shared/adapters/items/idempotency-record.ts';
import { outboxKey } from '../../shared/adapters/items/outbox-entry.ts';
import { retentionRecordKey } from '../../shared/adapters/items/retention-record.ts';
import { suppressedAddressItem, suppressedAddressKey } from '../../shared/adapters/items/suppressed-address.ts';
import { suppressionReleaseItem } from '../../shared/adapters/items/suppression-release.ts';
import { dynamoRetentionStore } from '../../shared/adapters/retention-store.ts';
import { documentEraser } from '../../shared/adapters/s3-document-eraser.ts';
import { documentsS3Client } from '../../shared/adapters/s3-document-store.ts';
import { eventPk } from '../../shared/adapters/table.ts';
import { makeEnforceRetention } from '../../shared/domain/personal-data/retention-job.ts';
import { erasureDateOf, idempotencyExpiryCutoff } from '../../shared/domain/personal-data/retention-rules.ts';
import { IDEMPOTENT_OPERATIONS } from '../../shared/http/idempotent-operations.ts';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { adminCancel, partition, register, registrationBody, registrationEvent } from './registration-helpers.ts';
import { inquiryBody } from './press-helpers.ts';

const { baseUrl, s3Endpoint, documentsBucket } = inject('platform');
const worker = workers.find((w) => w.name === 'personal-data-retention')!;
const refusals: string[] = [];
enforceDeclaredDynamoDbAccess((line) => refusals.push(line));
enforceDeclaredS3Access((line) => refusals.push(line));

const DAY = 24 * 3600 * 1000;
const tag = Date.now().toString(36);
/** Four digits of this run, so the phones too are this run's own. */
const digits = String(Date.now()).slice(-6, -2);
const ZEPH = `Zephyrine${tag}`;
/** Distinctive strings no other test (nor an earlier run on the same platform) writes: every one must be gone afterwards. */
const person = (n: number) => ({
  givenName: `${ZEPH}${n}`,
  familyName: `Quixotebottom${tag}`,
  email: `zq${n}-${tag}@retention.example`,
  phone: `+58 212 ${digits} 42${n}${n}`,
  position: `Undersecretary Qwxz${tag}`,
  institution: `Qwxz Institute ${tag}`,
});
const FOCAL = { name: `Focal Wolfgangine ${tag}`, email: `fw-${tag}@retention.example` };
const JOURNALIST = {
  name: `Journo Brunhildex ${tag}`,
  email: `jb-${tag}@retention.example`,
  phone: `+55 11 ${digits} 5432`,
  outlet: `Gazette ${tag}`,
  country: 'BR',
};
const NV_MARK = `Signed by Quixotebottom${tag}`;
const needles = [
  `Quixotebottom${tag}`,
  ZEPH,
  `${tag}@retention.example`,
  `Qwxz${tag}`,
  `Qwxz Institute ${tag}`,
  `${digits} 42`,
  `212${digits}42`,
  `Wolfgangine ${tag}`,
  `Brunhildex ${tag}`,
  `Gazette ${tag}`,
  `${digits} 5432`,
  `Secret scoop ${tag}`,
  `nv-${tag}`,
].map((s) => s.toLowerCase());

const PDF = Buffer.from(
  [
    '%PDF-1.4',
    `% ${NV_MARK}`,
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

/** Every item of the table whose JSON holds one of the needles (a test helper's Scan: production code never scans). */
const itemsHolding = async (): Promise<string[]> => {
  const found: string[] = [];
  for await (const page of paginateScan({ client: documentClient() }, { TableName: env.tableName })) {
    for (const item of page.Items ?? []) {
      const json = JSON.stringify(item).toLowerCase();
      if (needles.some((n) => json.includes(n))) found.push(`${String(item.PK)} ${String(item.SK)}`);
    }
  }
  return found;
};

/** Every idempotency record of the table (any event's, any test's) that expired before `at`: the job leaves none. */
const idempotencyRecordsExpiredBy = async (at: Date): Promise<string[]> => {
  const found: string[] = [];
  for await (const page of paginateScan({ client: documentClient() }, { TableName: env.tableName })) {
    for (const item of page.Items ?? [])
      if (String(item.PK).startsWith('IDEMPOTENCY#') && Number(item.expiresAt) < idempotencyExpiryCutoff(at))
        found.push(`${String(item.PK)} ${String(item.SK)}`);
  }
  return found;
};

/** Each idempotent request of the seed sends its own key, so its stored response is kept as Powertools keeps it. */
let keys = 0;
const idempotencyKey = () => ({ 'Idempotency-Key': `retention-${tag}-${++keys}` });

/** Every object of the bucket whose key or bytes hold one of the needles, and every object left under the event's prefix. */
const objectsHolding = async (eventId: string): Promise<string[]> => {
  const s3 = documentsS3Client({ endpoint: s3Endpoint, region: 'eu-west-1' });
  const found: string[] = [];
  let token: string | undefined;
  do {
    const listed = await s3.send(new ListObjectsV2Command({ Bucket: documentsBucket, ContinuationToken: token }));
    for (const { Key } of listed.Contents ?? []) {
      const body = await (await s3.send(new GetObjectCommand({ Bucket: documentsBucket, Key }))).Body!.transformToString('latin1');
      const text = `${Key} ${body}`.toLowerCase();
      if (needles.some((n) => text.includes(n)) || Key!.startsWith(`notes-verbales/${eventId}/`)) found.push(Key!);
    }
    token = listed.NextContinuationToken;
  } while (token);
  return found;
};

const secretariat = () => tokenFor('secretariat');

/** Everything the event can hold, through the API as people would do it (and a check-in and a suppression written directly). */
const seed = async () => {
  const { eventId, event } = await registrationEvent('retention', { memberStates: 'focal_point' }, { retention: { personalDataDays: 1 } });
  // Observers register themselves: a quota of 2 per organisation, then the waiting list.
  const ids: string[] = [];
  for (const n of [1, 2, 3]) {
    const answer = await register(
      eventId,
      registrationBody({
        participant: { title: 'Dr.', ...person(n) },
        delegation: 'iom',
        role: 'observer',
        needs: { accessibility: `${ZEPH} needs a ramp`, dietary: '' },
      }),
      idempotencyKey(),
    );
    expect(answer.status, answer.text).toBe(201);
    ids.push(answer.json.id);
  }
  expect((await adminCancel(eventId, ids[0]!, `${ZEPH}1 Quixotebottom${tag} asked by phone`)).status).toBe(200);
  const waitlisted = await register(eventId, registrationBody({ participant: person(4), delegation: 'iom', role: 'observer' }), idempotencyKey());
  expect(waitlisted.json.status).toBe('waitlisted');

  // A focal point nominates for Peru, attaches a note verbale and submits; the secretariat returns the list.
  const invited = await api(`/admin/events/${eventId}/delegations/PE/focal-points`, {
    body: { ...FOCAL, language: 'es' },
    token: await secretariat(),
    headers: idempotencyKey(),
  });
  expect(invited.status).toBe(201);
  await drainStreams();
  const [invitation] = await waitForEmails(() => emailsTo(FOCAL.email));
  const focalToken = decodeURIComponent(/#token=([A-Za-z0-9_%-]+)/.exec(invitation!.body.text ?? '')![1]!);
  const nominated = await api(`/events/${eventId}/delegations/PE/nominations`, {
    body: { participant: person(5), role: 'head_of_delegation', language: 'es' },
    token: focalToken,
    headers: idempotencyKey(),
  });
  expect(nominated.status, nominated.text).toBe(201);
  const offered = await api(`/events/${eventId}/delegations/PE/note-verbale`, {
    body: { fileName: `nv-${tag}.pdf`, contentType: 'application/pdf', size: PDF.length },
    token: focalToken,
    headers: idempotencyKey(),
  });
  expect(offered.status, offered.text).toBe(200);
  const form = new FormData();
  for (const [name, value] of Object.entries(offered.json.upload.fields as Record<string, string>)) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(PDF)]), `nv-${tag}.pdf`);
  expect((await fetch(offered.json.upload.url, { method: 'POST', body: form, headers: { origin: baseUrl } })).status).toBeLessThan(300);
  const completed = await api(`/events/${eventId}/delegations/PE/note-verbale/${offered.json.documentId}/complete`, {
    method: 'POST',
    token: focalToken,
    headers: idempotencyKey(),
  });
  expect(completed.status, completed.text).toBe(200);
  expect((await api(`/events/${eventId}/delegations/PE/submit`, { method: 'POST', token: focalToken, headers: idempotencyKey() })).status).toBe(200);
  const returned = await api(`/admin/events/${eventId}/delegations/PE/accreditation`, {
    body: { decision: 'return', reason: `Quixotebottom${tag} is not in the note` },
    token: await secretariat(),
    headers: idempotencyKey(),
  });
  expect(returned.status, returned.text).toBe(200);

  // A journalist writes to the press office.
  const inquiry = await api(`/events/${eventId}/inquiries`, {
    body: inquiryBody({ journalist: JOURNALIST, subject: `Secret scoop ${tag}`, message: `Call Brunhildex ${tag}` }),
    headers: idempotencyKey(),
  });
  expect(inquiry.status, inquiry.text).toBe(202);

  // The emails go out (sent, with their bodies and addresses in the outbox entries).
  await drainStreams();
  await waitForEmails(() => emailsTo(JOURNALIST.email));

  // A check-in (the check-in routes write these items) and a bounced address on the suppression list.
  await documentClient().send(
    new PutCommand({
      TableName: env.tableName,
      Item: {
        PK: eventPk(eventId),
        SK: `CHECKIN#${ids[1]}`,
        type: 'check-in',
        registrationId: ids[1],
        checkedInAt: new Date().toISOString(),
        device: `Desk of ${ZEPH}`,
        scanId: 'S1',
        method: 'scan',
      },
    }),
  );
  await documentClient().send(
    new PutCommand({
      TableName: env.tableName,
      Item: suppressedAddressItem({ email: person(2).email, reason: 'Permanent', at: new Date().toISOString() }),
    }),
  );
  // An officer released it once for this event, saying why (the address's release history, beside the record).
  const at = new Date().toISOString();
  await documentClient().send(
    new PutCommand({
      TableName: env.tableName,
      Item: suppressionReleaseItem(person(2).email, {
        id: '01JRETENTION0000000000000A',
        eventId,
        emailId: 'E1',
        at,
        by: `officer-${tag}@retention.example`,
        bySub: 'sub-1',
        reason: `${ZEPH}2 fixed her mailbox`,
        lifted: { reason: 'Permanent', at },
      }),
    }),
  );
  return { eventId, event };
};

const summaryOf = async (eventId: string) => {
  const answer = await api(`/admin/events/${eventId}/summary`, { token: await secretariat() });
  expect(answer.status).toBe(200);
  return answer.json;
};

const jobAt = (eventId: string, now: Date, limit?: number) =>
  runAs(worker, async () =>
    makeEnforceRetention({
      events: { listAll: async () => [(await dynamoEventStore().get(eventId))!] },
      store: dynamoRetentionStore(),
      documents: documentEraser(),
      clock: { now: () => now },
      idempotency: { operations: IDEMPOTENT_OPERATIONS, records: dynamoIdempotencyRecordSweep() },
      ...(limit ? { limit } : {}),
    })(),
  );

/** A record as Powertools writes it, that expires at `expiresAt` (seconds): put where the job sweeps. */
const idempotencyRecord = (sk: string, expiresAt: number) => ({
  PK: idempotencyPk('register-delegate'),
  SK: sk,
  expiresAt,
  status: 'COMPLETED',
  data: '{"statusCode":201}',
});

describe('personal data retention', () => {
  it('erases every name, address and phone from the table and the bucket, keeps the counts, resumes a bounded run and then does nothing', async () => {
    const { eventId, event } = await seed();
    const before = await summaryOf(eventId);
    expect(before.personalData).toEqual({ erasesOn: erasureDateOf(event), erasedAt: null });
    expect(before.byStatus).toMatchObject({ cancelled: 1, waitlisted: 1, nominated: 1 });
    const held = await itemsHolding();
    expect(held.length).toBeGreaterThan(10);
    // The stored responses of the idempotent requests name people too (a registration's answer holds its participant).
    expect(held.filter((k) => k.startsWith('IDEMPOTENCY#')).length).toBeGreaterThan(0);
    expect((await objectsHolding(eventId)).length).toBe(1);

    const due = new Date(Date.parse(`${erasureDateOf(event)}T00:00:00Z`) + 3600 * 1000);
    // Past the erasure day is also past the seed's records' expiry (24 h): the job may delete them.
    expect(due.getTime()).toBeGreaterThan(Date.now() + 2 * DAY);
    // A record that expires after `due` (one made the day before the erasure day): kept, then swept a day later.
    const fresh = idempotencyRecord(`retention-${tag}-fresh`, idempotencyExpiryCutoff(due) + 3600);
    await documentClient().send(new PutCommand({ TableName: env.tableName, Item: fresh }));
    const freshKey = { PK: fresh.PK, SK: fresh.SK };

    // The day before, nothing of the event is erased (expired idempotency records already go, whatever their event).
    const dayBefore = await jobAt(eventId, new Date(due.getTime() - DAY));
    expect(dayBefore).toMatchObject({ finished: [], unfinished: [] });
    expect(dayBefore.idempotencyRecordsDeleted).toBeGreaterThanOrEqual(keys);
    expect(await itemsHolding()).not.toContainEqual(expect.stringMatching(/^IDEMPOTENCY#/));

    // A run bounded to 5 writes stops halfway: the event is started, not finished, and personal data remains.
    expect(await jobAt(eventId, due, 5)).toMatchObject({ bodiesDropped: 0, finished: [], unfinished: [eventId] });
    expect((await itemsHolding()).length).toBeGreaterThan(0);
    expect((await summaryOf(eventId)).personalData.erasedAt).toBeNull();

    // The next run finishes it.
    expect(await jobAt(eventId, due)).toMatchObject({ bodiesDropped: 0, finished: [eventId], unfinished: [] });
    expect(await itemsHolding()).toEqual([]);
    expect(await objectsHolding(eventId)).toEqual([]);
    expect(await idempotencyRecordsExpiredBy(due)).toEqual([]);
    expect((await documentClient().send(new GetCommand({ TableName: env.tableName, Key: freshKey }))).Item).toEqual(fresh);
    expect(refusals).toEqual([]);

    // The suppression record keeps suppressing (its key is a hash) without the address in clear.
    const { Item: suppressed } = await documentClient().send(
      new GetCommand({ TableName: env.tableName, Key: suppressedAddressKey(person(2).email) }),
    );
    expect(suppressed).toMatchObject({ reason: 'Permanent' });
    expect(suppressed).not.toHaveProperty('email');

    // The summary answers the same counts, and says when the data was erased.
    const after = await summaryOf(eventId);
    expect({ ...after, personalData: undefined }).toEqual({ ...before, personalData: undefined });
    expect(after.personalData).toEqual({ erasesOn: erasureDateOf(event), erasedAt: due.toISOString() });

    // The record says what it did, over both runs.
    const { Item: record } = await documentClient().send(new GetCommand({ TableName: env.tableName, Key: retentionRecordKey(eventId) }));
    expect(record).toMatchObject({
      runs: 2,
      finishedAt: due.toISOString(),
      counts: expect.objectContaining({
        registration: 5,
        // Four addresses still claimed (the cancelled registration released its own).
        'email-claim': 4,
        'focal-point': 1,
        'delegation-dossier': 1,
        inquiry: 1,
        'check-in': 1,
        documents: 1,
        suppressions: 1,
      }),
    });
    expect(record!.counts.outbox).toBeGreaterThan(5);

    // The console's lists still answer, without anyone's name.
    for (const path of ['registrations', 'delegations', 'inquiries', 'emails?status=sent']) {
      const answer = await api(`/admin/events/${eventId}/${path}`, { token: await secretariat() });
      expect(answer.status, `${path}: ${answer.text}`).toBe(200);
      expect(
        needles.some((n) => answer.text.toLowerCase().includes(n)),
        path,
      ).toBe(false);
    }

    // A third run changes nothing of the event; the record that had not expired has now, and goes.
    const items = JSON.stringify(await partition(eventId));
    expect(await jobAt(eventId, new Date(due.getTime() + DAY))).toMatchObject({
      bodiesDropped: 0,
      finished: [],
      unfinished: [],
      idempotencyRecordsDeleted: expect.any(Number),
    });
    expect(JSON.stringify(await partition(eventId))).toBe(items);
    expect((await documentClient().send(new GetCommand({ TableName: env.tableName, Key: freshKey }))).Item).toBeUndefined();
    expect(refusals).toEqual([]);
  });

  it('runs from the local schedule timer, as the daily schedule runs it in AWS, under its declared access', async () => {
    const failures: string[] = [];
    const schedules = startSchedules([worker], { intervalMs: 3_600_000, region: 'eu-west-1', log: (line) => failures.push(line) });
    await schedules.runAll();
    await schedules.stop();
    expect(failures).toEqual([]);
    expect(refusals).toEqual([]);
  });

  it('drops the body of an email sent more than 30 days ago, long before the event is erased', async () => {
    const { eventId } = await registrationEvent('retention-body');
    const registered = await register(eventId, registrationBody({ participant: person(6) }));
    expect(registered.status).toBe(201);
    await drainStreams();
    await waitForEmails(() => emailsTo(person(6).email));
    const entryIds: string[] = (await partition(eventId)).flatMap((i) => (i.type === 'registration-history' ? ((i.emails as string[]) ?? []) : []));
    expect(entryIds.length).toBeGreaterThan(0);
    const read = async (id: string) => (await documentClient().send(new GetCommand({ TableName: env.tableName, Key: outboxKey(id) }))).Item!;
    const sent = await read(entryIds[0]!);
    expect(sent.status).toBe('sent');
    expect(JSON.stringify(sent.data)).toContain(`${ZEPH}6`);

    expect(await jobAt(eventId, new Date(Date.parse(String(sent.sentAt)) + 29 * DAY))).toMatchObject({ bodiesDropped: 0 });
    expect(await jobAt(eventId, new Date(Date.parse(String(sent.sentAt)) + 30 * DAY + 1000))).toMatchObject({ bodiesDropped: entryIds.length });
    const dropped = await read(entryIds[0]!);
    expect(dropped).toMatchObject({ status: 'sent', data: {}, sentAt: sent.sentAt, bodyDroppedAt: expect.any(String) });
    expect(refusals).toEqual([]);
  });
});
