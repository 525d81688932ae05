/**
 * The response clock through the real DynamoDB adapters, with time moved by hand. Each test works in a table
 * of its own, so the sweep (which reads every event's reminders) sees only what the test put there.
 */
import { describe, expect, inject, it } from 'vitest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { monotonicFactory } from 'ulidx';
import { ensureTable } from '../../local/create-table.ts';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoRateLimiter } from '../../shared/adapters/rate-limiter.ts';
import { dynamoInquiryStore } from '../../shared/adapters/inquiries-store.ts';
import { inquirySk } from '../../shared/adapters/items/inquiry.ts';
import { outboxPk, OUTBOX_SK } from '../../shared/adapters/items/outbox-entry.ts';
import { eventPk } from '../../shared/adapters/table.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import { EventConfigBody, toStoredEvent } from '../../shared/domain/event-use-cases.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { makeChangeInquiryStatus } from '../../shared/domain/press/change-inquiry-status.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { makeSweepReminders } from '../../shared/domain/press/sweep-reminders.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';

const HOUR = 3600_000;
const MINUTE = 60_000;

const world = async () => {
  const platform = inject('platform');
  const tableName = `press-clock-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
  await ensureTable(
    new DynamoDBClient({ endpoint: platform.dynamoEndpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    tableName,
  );
  const t0 = new Date(Math.floor(Date.now() / MINUTE) * MINUTE);
  const clock = manualClock(t0);
  const ulid = monotonicFactory();
  const ids = { id: () => ulid() };
  const events = dynamoEventStore(tableName);
  const store = dynamoInquiryStore(tableName);
  const submit = makeSubmitInquiry({ events, inquiries: store, rateLimits: dynamoRateLimiter(tableName), clock, ids });
  const sweep = makeSweepReminders({ store, events, clock, ids });
  const changeStatus = makeChangeInquiryStatus({ inquiries: store, clock, ids });

  const addEvent = async (eventId: string) => {
    const body = EventConfigBody.parse({
      ...sampleEvent(t0),
      press: {
        defaultContact: 'technical-secretariat',
        hourlyLimit: 1000,
        rules: [{ id: 'interviews', when: { topics: ['interview_request'] }, contact: 'regional-representative' }],
      },
    });
    await events.put(toStoredEvent(eventId, body, clock));
  };

  const inquire = (eventId: string, over: Record<string, unknown> = {}, n = 0) =>
    submit(
      eventId,
      InquiryBody.parse({
        journalist: { name: `Reporter ${n}`, email: `reporter-${n}@example.com`, outlet: 'Wire' },
        topic: 'background_information',
        language: 'en',
        subject: 'Figures',
        message: 'Please send the figures.',
        ...over,
      }),
      { sourceIp: '192.0.2.1' },
    );

  /** The reminders an inquiry has had: [threshold, recipients] per history entry. */
  const remindersOf = async (eventId: string, id: string) => {
    const found = await store.getWithHistory(eventId, id);
    const entries = found!.history.filter((h) => h.action === 'reminder_sent');
    return Promise.all(
      entries.map(async (h) => {
        const emails = await Promise.all(
          (h.emails ?? []).map(async (emailId) => {
            const { Item } = await documentClient().send(
              new GetCommand({ TableName: tableName, Key: { PK: outboxPk(emailId), SK: OUTBOX_SK }, ConsistentRead: true }),
            );
            return Item as unknown as OutboxEntry;
          }),
        );
        return { threshold: h.threshold, skipped: h.skipped ?? [], to: emails.map((e) => `${e.kind}:${e.to.email}:${e.language}`).sort() };
      }),
    );
  };

  const clockKeys = async (eventId: string, id: string) => {
    const { Item } = await documentClient().send(
      new GetCommand({ TableName: tableName, Key: { PK: eventPk(eventId), SK: inquirySk(id) }, ConsistentRead: true }),
    );
    return Item?.GSI2SK as string | undefined;
  };

  return { t0, clock, addEvent, inquire, sweep, changeStatus, remindersOf, clockKeys };
};

const toContactAndSecretariat = (contactEmail: string) =>
  [`inquiry-reminder:${contactEmail}:es`, 'inquiry-reminder:registrations@example.org:es'].sort();

describe('the response clock', () => {
  it('an unanswered inquiry earns one reminder at min(target, deadline - 2 h) and one more at its deadline, each once', async () => {
    const w = await world();
    await w.addEvent('clock-a');
    // Interview requests go to the Regional Representative's office: 12 h target, pulled to deadline - 2 h = 8 h.
    const deadline = new Date(w.t0.getTime() + 10 * HOUR).toISOString();
    const { id } = await w.inquire('clock-a', { topic: 'interview_request', deadline });

    w.clock.set(new Date(w.t0.getTime() + 8 * HOUR - MINUTE));
    expect(await w.sweep()).toEqual({ due: 0, reminded: 0, skipped: 0 });

    w.clock.set(new Date(w.t0.getTime() + 8 * HOUR));
    expect(await w.sweep()).toMatchObject({ reminded: 1 });
    expect(await w.sweep()).toMatchObject({ reminded: 0 });
    expect(await w.remindersOf('clock-a', id)).toEqual([
      { threshold: 'target', skipped: [], to: toContactAndSecretariat('regional-office@example.org') },
    ]);
    expect(await w.clockKeys('clock-a', id)).toBe(`${deadline.replace(/\.\d+Z$/, '.000Z')}#${id}`);

    w.clock.set(new Date(w.t0.getTime() + 10 * HOUR + 5 * MINUTE));
    const [a, b] = await Promise.all([w.sweep(), w.sweep()]);
    expect(a.reminded + b.reminded).toBe(1);

    w.clock.advance(30 * 24 * HOUR);
    expect(await w.sweep()).toEqual({ due: 0, reminded: 0, skipped: 0 });
    expect((await w.remindersOf('clock-a', id)).map((r) => r.threshold)).toEqual(['target', 'deadline']);
    expect(await w.clockKeys('clock-a', id)).toBeUndefined();
  });

  it('two sweeps racing over twenty due inquiries of two events remind each exactly once', async () => {
    const w = await world();
    await w.addEvent('clock-b1');
    await w.addEvent('clock-b2');
    const submitted = await Promise.all(
      Array.from({ length: 20 }, async (_, n) => ({
        eventId: n % 2 ? 'clock-b1' : 'clock-b2',
        ...(await w.inquire(n % 2 ? 'clock-b1' : 'clock-b2', {}, n)),
      })),
    );
    w.clock.advance(24 * HOUR);
    const outcomes = await Promise.all([w.sweep(), w.sweep()]);
    expect(outcomes[0]!.reminded + outcomes[1]!.reminded).toBe(20);
    for (const { eventId, id } of submitted) {
      expect(await w.remindersOf(eventId, id)).toEqual([
        { threshold: 'target', skipped: [], to: toContactAndSecretariat('secretariat@example.org') },
      ]);
    }
    expect(await w.sweep()).toMatchObject({ reminded: 0 });
  });

  it('a sweep that comes after the deadline sends one reminder, about the deadline', async () => {
    const w = await world();
    await w.addEvent('clock-c');
    const { id } = await w.inquire('clock-c', { deadline: new Date(w.t0.getTime() + 5 * HOUR).toISOString() });
    w.clock.advance(6 * HOUR);
    expect(await w.sweep()).toMatchObject({ reminded: 1 });
    expect(await w.remindersOf('clock-c', id)).toEqual([
      { threshold: 'deadline', skipped: ['target'], to: toContactAndSecretariat('secretariat@example.org') },
    ]);
    expect(await w.clockKeys('clock-c', id)).toBeUndefined();
  });

  it('answering stops the clock; reopening restarts it where it stood', async () => {
    const w = await world();
    await w.addEvent('clock-d');
    const { id } = await w.inquire('clock-d');
    const officer = { name: 'press.officer@example.org', subject: 'local-press' };
    await w.changeStatus('clock-d', id, { status: 'acknowledged', note: '' }, officer);
    w.clock.advance(HOUR);
    await w.changeStatus('clock-d', id, { status: 'answered', note: 'By phone' }, officer);
    expect(await w.clockKeys('clock-d', id)).toBeUndefined();

    w.clock.advance(30 * HOUR);
    expect(await w.sweep()).toMatchObject({ reminded: 0 });
    expect(await w.remindersOf('clock-d', id)).toEqual([]);

    await w.changeStatus('clock-d', id, { status: 'acknowledged', note: 'Follow-up question' }, officer);
    expect(await w.sweep()).toMatchObject({ reminded: 1 });
    expect(await w.remindersOf('clock-d', id)).toEqual([
      { threshold: 'target', skipped: [], to: toContactAndSecretariat('secretariat@example.org') },
    ]);
  });
});
