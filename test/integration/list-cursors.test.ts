/**
 * Every paginated list refuses a cursor it did not issue (docs/data-model.md, "List cursors"): a cursor from another
 * event, another index or filter, garbage, a truncated one, or valid-looking base64 of altered JSON is a 400
 * `/problems/invalid-cursor` naming `query.cursor`: never a 500, never silently the first page.
 *
 * The lists: registrations (partition or GSI1, delegation filter), emails (GSI2 by status), inquiries
 * (partition or GSI1, contact and topic filters).
 */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { ulid } from 'ulidx';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { outboxItem } from '../../shared/adapters/items/outbox-entry.ts';
import { outboxEntry, type OutboxStatus } from '../../shared/domain/notifications/outbox.ts';
import { api, tokenFor, type ApiAnswer } from '../support/api.ts';
import { inquiryBody, pressEvent, submit } from './press-helpers.ts';
import { register, registrationBody, registrationEvent } from './registration-helpers.ts';

interface List {
  name: string;
  user: 'secretariat' | 'press';
  path: (eventId: string) => string;
  /** Query strings of the same list under different indexes and filters; each must have more than one page. */
  variants: string[];
}

const registrations: List = {
  name: 'registrations',
  user: 'secretariat',
  path: (e) => `/admin/events/${e}/registrations`,
  variants: ['', 'status=pending_approval', 'status=waitlisted', 'delegation=AR', 'delegation=BR', 'status=pending_approval&delegation=AR'],
};
const emails: List = {
  name: 'emails',
  user: 'secretariat',
  path: (e) => `/admin/events/${e}/emails`,
  variants: ['status=failed', 'status=suppressed'],
};
const inquiries: List = {
  name: 'inquiries',
  user: 'press',
  path: (e) => `/admin/events/${e}/inquiries`,
  variants: ['', 'status=received', 'topic=interview_request', 'contact=regional-representative', 'status=received&topic=interview_request'],
};
const LISTS = [registrations, emails, inquiries];

/** Two events per list, each with more than one page in every variant at `limit=1`. */
const events = new Map<string, [string, string]>();

const seedRegistrations = async () => {
  const ids: string[] = [];
  for (let n = 0; n < 2; n++) {
    const { eventId } = await registrationEvent('cursor-reg', { quotas: { member_state: 2, observer: 1 } });
    // AR: 2 pending, 2 waitlisted; BR: 2 pending.
    for (const delegation of ['AR', 'AR', 'AR', 'AR', 'BR', 'BR'])
      expect((await register(eventId, registrationBody({ delegation }))).status).toBe(201);
    ids.push(eventId);
  }
  events.set('registrations', ids as [string, string]);
};

const putEmail = async (eventId: string, status: OutboxStatus, i: number) => {
  const entry = outboxEntry({
    id: ulid(),
    eventId,
    kind: 'registration-waitlisted',
    to: { email: `cursor-${i}@example.org` },
    language: 'en',
    reference: `CUR-${i}`,
    subjectId: ulid(),
    data: { participantName: 'Ana', registrationId: 'x' },
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
  });
  // Written straight in a status the mailer never picks up, so the list holds still while we page it.
  await documentClient().send(new PutCommand({ TableName: env.tableName, Item: outboxItem({ ...entry, status }) }));
};

const seedEmails = async () => {
  const ids: string[] = [];
  for (let n = 0; n < 2; n++) {
    const { eventId } = await pressEvent('cursor-mail');
    for (let i = 0; i < 3; i++) {
      await putEmail(eventId, 'failed', i);
      await putEmail(eventId, 'suppressed', i);
    }
    ids.push(eventId);
  }
  events.set('emails', ids as [string, string]);
};

const seedInquiries = async () => {
  const ids: string[] = [];
  for (let n = 0; n < 2; n++) {
    const { eventId } = await pressEvent('cursor-inq', {
      press: {
        defaultContact: 'technical-secretariat',
        hourlyLimit: 50,
        rules: [{ id: 'interviews', when: { topics: ['interview_request'] }, contact: 'regional-representative' }],
      },
    });
    for (const [i, topic] of ['interview_request', 'accreditation', 'interview_request', 'other', 'interview_request'].entries()) {
      expect((await submit(eventId, inquiryBody({ topic, journalist: { name: `R${i}`, email: `r${i}@example.com`, outlet: 'Wire' } }))).status).toBe(
        202,
      );
    }
    ids.push(eventId);
  }
  events.set('inquiries', ids as [string, string]);
};

const get = async (list: List, eventId: string, query: string, cursor?: string): Promise<ApiAnswer> => {
  const params = new URLSearchParams(query);
  params.set('limit', '1');
  if (cursor !== undefined) params.set('cursor', cursor);
  return api(`${list.path(eventId)}?${params}`, { token: await tokenFor(list.user) });
};

/** The cursor the list hands out after its first page. */
const firstCursor = async (list: List, eventId: string, query: string): Promise<string> => {
  const page = await get(list, eventId, query);
  expect(page.status, `${list.name}?${query}`).toBe(200);
  expect(page.json.nextCursor, `${list.name}?${query} has a second page`).toEqual(expect.any(String));
  return page.json.nextCursor as string;
};

const expectInvalidCursor = (answer: ApiAnswer, what: string) => {
  expect({ what, status: answer.status, type: answer.json?.type }).toEqual({ what, status: 400, type: '/problems/invalid-cursor' });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.json.errors).toEqual([{ path: 'query.cursor', message: expect.any(String) }]);
};

/** Every string and number leaf of a JSON value, changed one at a time, plus deletions and an added key. */
const alterations = (value: unknown, other: string, own: string): unknown[] => {
  const out: unknown[] = [];
  const walk = (node: unknown, replace: (v: unknown) => unknown, remove?: () => unknown) => {
    if (typeof node === 'string') {
      out.push(replace(`${node}x`), replace(node.slice(0, -1)), replace(node.split(own).join(other)), replace(7));
      if (remove) out.push(remove());
    } else if (typeof node === 'number') {
      out.push(replace(node + 1), replace(String(node)));
      if (remove) out.push(remove());
    } else if (Array.isArray(node)) {
      node.forEach((child, i) =>
        walk(
          child,
          (v) => replace(node.map((c, j) => (j === i ? v : c))),
          () => replace(node.filter((_, j) => j !== i)),
        ),
      );
    } else if (node && typeof node === 'object') {
      const obj = node as Record<string, unknown>;
      for (const key of Object.keys(obj)) {
        walk(
          obj[key],
          (v) => replace({ ...obj, [key]: v }),
          () => {
            const { [key]: _gone, ...rest } = obj;
            return replace(rest);
          },
        );
      }
      out.push(replace({ ...obj, extra: 'x' }));
    }
  };
  walk(value, (v) => v);
  return out.filter((v) => JSON.stringify(v) !== JSON.stringify(value));
};

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

beforeAll(async () => {
  await Promise.all([seedRegistrations(), seedEmails(), seedInquiries()]);
}, 120_000);

describe.each(LISTS)('the $name list', (list) => {
  const pair = () => events.get(list.name)!;

  it('follows its own cursors to the end, every item once', async () => {
    const [eventId] = pair();
    for (const query of list.variants) {
      const all = (await api(`${list.path(eventId)}?${query}`, { token: await tokenFor(list.user) })).json.items.map((i: { id: string }) => i.id);
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let guard = 0; guard < 20; guard++) {
        const page = await get(list, eventId, query, cursor);
        expect(page.status).toBe(200);
        seen.push(...page.json.items.map((i: { id: string }) => i.id));
        if (!page.json.nextCursor) break;
        cursor = page.json.nextCursor;
      }
      expect(seen, `${list.name}?${query}`).toEqual(all);
    }
  });

  it("refuses another event's cursor, and a cursor from another index or filter of the same list", async () => {
    const [eventId, otherEvent] = pair();
    for (const from of list.variants) {
      const own = await firstCursor(list, eventId, from);
      expectInvalidCursor(await get(list, otherEvent, from, own), `${list.name}?${from} on another event`);
      for (const to of list.variants.filter((v) => v !== from)) {
        expectInvalidCursor(await get(list, eventId, to, own), `${list.name}: cursor of ?${from} used with ?${to}`);
      }
    }
  });

  it('refuses garbage, empty and truncated cursors', async () => {
    const [eventId] = pair();
    const query = list.variants[0]!;
    const own = await firstCursor(list, eventId, query);
    const fixed = ['', 'bm9wZQ', 'null', 'e30', b64({}), b64(null), b64([]), b64('x'), '!!!', '%', 'x'.repeat(3000), `${own}=`, `${own}!`];
    const truncated = [own.slice(0, -1), own.slice(0, -2), own.slice(0, -4), own.slice(0, Math.floor(own.length / 2)), own.slice(1)];
    for (const cursor of [...fixed, ...truncated])
      expectInvalidCursor(await get(list, eventId, query, cursor), `${list.name} cursor ${JSON.stringify(cursor.slice(0, 40))}`);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.base64String({ minLength: 4, maxLength: 200 }), fc.json().map(b64)),
        async (cursor) => {
          expectInvalidCursor(await get(list, eventId, query, cursor), `${list.name} cursor ${JSON.stringify(cursor.slice(0, 40))}`);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses valid-looking base64 of altered JSON: each field changed, removed or added, keys of another event', async () => {
    const [eventId, otherEvent] = pair();
    for (const query of list.variants) {
      const own = await firstCursor(list, eventId, query);
      const decoded: unknown = JSON.parse(Buffer.from(own, 'base64url').toString('utf8'));
      const forged = alterations(decoded, otherEvent, eventId);
      expect(forged.length).toBeGreaterThan(3);
      for (const value of forged)
        expectInvalidCursor(await get(list, eventId, query, b64(value)), `${list.name}?${query} cursor ${JSON.stringify(value)}`);
    }
  });

  it('refuses hand-made DynamoDB keys of this event (the shape of the old cursors)', async () => {
    const [eventId, otherEvent] = pair();
    const keys = [
      { PK: `EVENT#${eventId}`, SK: 'REG#x' },
      { PK: `EVENT#${eventId}`, SK: 'CONFIG' },
      { PK: `EVENT#${eventId}`, SK: 'COUNTER#SEATS' },
      { PK: `EVENT#${eventId}`, SK: `REG#${ulid()}`, GSI1PK: `EVENT#${otherEvent}#REG#waitlisted`, GSI1SK: ulid() },
      { PK: `EVENT#${eventId}`, SK: `INQ#${ulid()}`, GSI1PK: `EVENT#${eventId}#INQ#closed`, GSI1SK: 'nope' },
      { PK: `OUTBOX#${ulid()}`, SK: 'OUTBOX', GSI2PK: `EVENT#${eventId}#OUTBOX#sent`, GSI2SK: 'x' },
      { PK: `OUTBOX#${ulid()}`, SK: 'OUTBOX', GSI2PK: `EVENT#${otherEvent}#OUTBOX#failed`, GSI2SK: `2026-01-01T00:00:00.000Z#${ulid()}` },
      { PK: 42, SK: { S: 'x' } },
    ];
    for (const query of list.variants) {
      for (const key of keys) expectInvalidCursor(await get(list, eventId, query, b64(key)), `${list.name}?${query} key ${JSON.stringify(key)}`);
    }
  });
});

describe('the OpenAPI document', () => {
  it('names invalid-cursor in the 400 of every paginated list', async () => {
    const { json } = await api('/openapi.json');
    for (const [path, op] of [
      ['/api/admin/events/{eventId}/registrations', 'get'],
      ['/api/admin/events/{eventId}/emails', 'get'],
      ['/api/admin/events/{eventId}/inquiries', 'get'],
    ] as const) {
      const bad = json.paths[path][op].responses['400'];
      expect(bad.description, path).toContain('/problems/invalid-cursor');
      expect(Object.keys(bad.content), path).toEqual(['application/problem+json']);
    }
  });
});
