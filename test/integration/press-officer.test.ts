import { describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { countInquiriesByStatus, listInquiriesDueBefore } from '../../shared/adapters/inquiries-queries.ts';
import { inquirySk } from '../../shared/adapters/items/inquiry.ts';
import { eventPk } from '../../shared/adapters/table.ts';
import { api, tokenFor } from '../support/api.ts';
import { inquiryBody, pressEvent, pressGet, submit } from './press-helpers.ts';

const changeStatus = async (eventId: string, id: string, status: string, note = '', user: 'press' | 'secretariat' = 'press') =>
  api(`/admin/events/${eventId}/inquiries/${id}/status`, { body: { status, note }, token: await tokenFor(user) });

const reminderKeys = async (eventId: string, id: string) => {
  const { Item } = await documentClient().send(
    new GetCommand({ TableName: env.tableName, Key: { PK: eventPk(eventId), SK: inquirySk(id) }, ConsistentRead: true }),
  );
  return { GSI2PK: Item?.GSI2PK, GSI2SK: Item?.GSI2SK };
};

describe('the press officer works through inquiries', () => {
  it('acknowledges, answers and reopens an inquiry; each step is in the history with who and when; answering stops the clock', async () => {
    const { eventId } = await pressEvent('press-officer');
    const { json: accepted } = await submit(eventId, inquiryBody());
    expect((await reminderKeys(eventId, accepted.id)).GSI2PK).toBe('REMINDERS');

    expect((await changeStatus(eventId, accepted.id, 'acknowledged', 'Called back, interview being arranged')).json.status).toBe('acknowledged');
    const answered = await changeStatus(eventId, accepted.id, 'answered', 'Interview set for Thursday 10:00', 'secretariat');
    expect(answered.status).toBe(200);
    expect(answered.json).toMatchObject({ status: 'answered', nextReminderAt: null });
    expect(await reminderKeys(eventId, accepted.id)).toEqual({ GSI2PK: undefined, GSI2SK: undefined });

    const reopened = await changeStatus(eventId, accepted.id, 'acknowledged', 'Journalist asked to move it');
    expect(reopened.json.nextReminderAt).toEqual(reopened.json.reminders.target.dueAt);
    expect((await reminderKeys(eventId, accepted.id)).GSI2SK).toBe(`${reopened.json.reminders.target.dueAt}#${accepted.id}`);

    const { status, json } = await pressGet(eventId, accepted.id);
    expect(status).toBe(200);
    expect(json.history.map((h: Record<string, unknown>) => [h.action, h.by, h.from ?? null, h.to, h.note ?? null])).toEqual([
      ['received', 'journalist', null, 'received', null],
      ['status_changed', 'press.officer@example.org', 'received', 'acknowledged', 'Called back, interview being arranged'],
      ['status_changed', 'secretariat.officer@example.org', 'acknowledged', 'answered', 'Interview set for Thursday 10:00'],
      ['reopened', 'press.officer@example.org', 'answered', 'acknowledged', 'Journalist asked to move it'],
    ]);
    for (const entry of json.history) expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
    // Beside the name, the officer's immutable `sub`: the entry still says who it was if the name changes.
    expect(json.history.map((h: Record<string, unknown>) => h.bySub ?? null)).toEqual([null, 'local-press', 'local-secretariat', 'local-press']);
  });

  it('refuses a change that makes no sense with a 409, and an unknown inquiry with a 404', async () => {
    const { eventId } = await pressEvent('press-officer');
    const { json: accepted } = await submit(eventId, inquiryBody());
    await changeStatus(eventId, accepted.id, 'closed');
    const refused = await changeStatus(eventId, accepted.id, 'answered');
    expect(refused.status).toBe(409);
    expect(refused.json.type).toBe('/problems/invalid-status-change');
    expect((await changeStatus(eventId, '01J00000000000000000000000', 'answered')).status).toBe(404);
    expect((await changeStatus(eventId, accepted.id, 'received')).status).toBe(400);
  });

  it('lists newest first, filtered by status, contact and topic, a page at a time', async () => {
    const { eventId } = await pressEvent('press-list', {
      press: {
        defaultContact: 'technical-secretariat',
        hourlyLimit: 50,
        rules: [{ id: 'interviews', when: { topics: ['interview_request'] }, contact: 'regional-representative' }],
      },
    });
    const topics = ['interview_request', 'accreditation', 'interview_request', 'other', 'interview_request'];
    const ids: string[] = [];
    for (const [i, topic] of topics.entries()) {
      ids.push((await submit(eventId, inquiryBody({ topic, journalist: { name: `R${i}`, email: `r${i}@example.com`, outlet: 'Wire' } }))).json.id);
    }
    await changeStatus(eventId, ids[0]!, 'answered');
    const token = await tokenFor('press');
    const list = async (query: string) => (await api(`/admin/events/${eventId}/inquiries?${query}`, { token })).json;

    expect((await list('')).items.map((i: { id: string }) => i.id)).toEqual([...ids].reverse());
    expect((await list('status=received')).items.map((i: { id: string }) => i.id)).toEqual([ids[4], ids[3], ids[2], ids[1]]);
    expect((await list('contact=regional-representative')).items.map((i: { id: string }) => i.id)).toEqual([ids[4], ids[2], ids[0]]);
    expect((await list('status=received&topic=interview_request')).items.map((i: { id: string }) => i.id)).toEqual([ids[4], ids[2]]);

    for (const filter of ['', 'status=received&', 'topic=interview_request&']) {
      const seen: string[] = [];
      let page = await list(`${filter}limit=2`);
      for (let guard = 0; guard < 10; guard++) {
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items.map((i: { id: string }) => i.id));
        if (!page.nextCursor) break;
        page = await list(`${filter}limit=2&cursor=${page.nextCursor}`);
      }
      const all = (await list(filter)).items.map((i: { id: string }) => i.id);
      expect(seen).toEqual(all);
    }

    expect((await api(`/admin/events/${eventId}/inquiries?cursor=bm9wZQ`, { token })).status).toBe(400);
    expect((await api(`/admin/events/${eventId}/inquiries?status=lost`, { token })).json.errors[0].path).toBe('query.status');

    expect(await countInquiriesByStatus(eventId)).toEqual({ received: 4, acknowledged: 0, answered: 1, closed: 0 });
    const dueSoon = await listInquiriesDueBefore(eventId, new Date(Date.now() + 30 * 3600 * 1000));
    expect(dueSoon.map((i) => i.id).sort()).toEqual(ids.slice(1).sort());
  });

  it('a cursor from another event is refused, not followed', async () => {
    const { eventId: first } = await pressEvent('press-cursor');
    const { eventId: second } = await pressEvent('press-cursor');
    for (const e of [first, second]) {
      for (let i = 0; i < 2; i++) await submit(e, inquiryBody({ journalist: { name: `R${i}`, email: `r${i}@example.com`, outlet: 'Wire' } }));
    }
    const token = await tokenFor('press');
    const { json } = await api(`/admin/events/${first}/inquiries?limit=1`, { token });
    const crossed = await api(`/admin/events/${second}/inquiries?limit=1&cursor=${json.nextCursor}`, { token });
    expect(crossed.status).toBe(400);
    expect(crossed.json.type).toBe('/problems/invalid-cursor');
    expect(crossed.json.errors[0].path).toBe('query.cursor');
  });
});
