/** The scheduled retry of stuck emails: what it re-queues by itself, what it leaves to the secretariat, and how it settles uncertain sends. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import type { SendConfirmation, SendConfirmations, UncertainStore } from '../../shared/domain/notifications/outbox-confirmation.ts';
import { isRedrivable, makeRetryStuckEmails, type RedriveStore } from '../../shared/domain/notifications/outbox-redrive.ts';
import { makeCountOverdueEmails } from '../../shared/domain/notifications/outbox-overdue.ts';
import { outboxEntry, type OutboxEntry, type OutboxStatus } from '../../shared/domain/notifications/outbox.ts';

const entry = (id: string, status: OutboxStatus, createdAt: string, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  ...outboxEntry({
    id,
    eventId: 'ev',
    kind: 'registration-waitlisted',
    to: { email: 'ana@example.org' },
    language: 'es',
    reference: 'EV-D-0001',
    subjectId: 'r1',
    data: { participantName: 'Ana', registrationId: 'r1' },
    createdAt,
  }),
  status,
  ...extra,
});

const fakeOutbox = (entries: OutboxEntry[]) => {
  const requeued: string[] = [];
  const confirmed: Record<string, SendConfirmation> = {};
  const givenUp: string[] = [];
  const outbox: RedriveStore & UncertainStore = {
    listUndelivered: async (eventId) => entries.filter((e) => e.eventId === eventId),
    requeue: async (ref) => {
      requeued.push(ref.id);
      return true;
    },
    confirmUncertain: async (ref, _attemptedAt, confirmation) => {
      confirmed[ref.id] = confirmation;
      return true;
    },
    abandonUncertain: async (ref, _attemptedAt, to) => {
      (to === 'pending' ? requeued : givenUp).push(ref.id);
      return true;
    },
  };
  return { outbox, requeued, confirmed, givenUp };
};

const noConfirmations: SendConfirmations = { find: async () => undefined };

describe('the automatic retry of stuck emails', () => {
  const clock = manualClock('2026-07-01T12:00:00Z');
  const events = { listAllIds: async () => ['ev'] };

  it('re-queues pending and lapsed sending entries stuck for 10 minutes, within 24 hours of being owed', async () => {
    const { outbox, requeued } = fakeOutbox([
      entry('stuck-pending', 'pending', '2026-07-01T11:30:00Z'),
      entry('lapsed-sending', 'sending', '2026-07-01T11:00:00Z', { sendingUntil: '2026-07-01T11:02:00Z' }),
      entry('just-owed', 'pending', '2026-07-01T11:55:00Z'),
      entry('held-by-a-mailer', 'sending', '2026-07-01T11:00:00Z', { sendingUntil: '2026-07-01T12:01:00Z' }),
      entry('refused-for-good', 'failed', '2026-07-01T11:00:00Z'),
      entry('two-days-old', 'pending', '2026-06-29T11:00:00Z'),
    ]);
    const result = await makeRetryStuckEmails({ outbox, events, clock, confirmations: noConfirmations })();
    expect(requeued.sort()).toEqual(['lapsed-sending', 'stuck-pending']);
    expect(result).toEqual({ requeued: 2, confirmed: 0, givenUp: 0, skipped: 4 });
  });
});

describe('uncertain sends (SES never answered)', () => {
  const clock = manualClock('2026-07-01T12:00:00Z');
  const events = { listAllIds: async () => ['ev'] };
  const uncertain = (id: string, attemptedAt: string, createdAt = '2026-07-01T11:00:00Z') =>
    entry(id, 'uncertain', createdAt, { attemptedAt, messageTag: `${id}_1`, lastError: 'TimeoutError' });

  it('marks sent what SES confirms, at any age, and sends nothing again', async () => {
    const { outbox, requeued, confirmed } = fakeOutbox([
      uncertain('fresh', '2026-07-01T11:59:00Z'),
      uncertain('old', '2026-06-28T11:00:00Z', '2026-06-28T10:59:00Z'),
    ]);
    const confirmations: SendConfirmations = { find: async (e) => ({ messageId: `ses-${e.id}`, at: e.attemptedAt! }) };
    const result = await makeRetryStuckEmails({ outbox, events, clock, confirmations })();
    expect(confirmed).toEqual({
      fresh: { messageId: 'ses-fresh', at: '2026-07-01T11:59:00Z' },
      old: { messageId: 'ses-old', at: '2026-06-28T11:00:00Z' },
    });
    expect(requeued).toEqual([]);
    expect(result).toEqual({ requeued: 0, confirmed: 2, givenUp: 0, skipped: 0 });
  });

  it('waits out the confirmation window, then sends again what SES did not confirm; past the 24 hours it gives up', async () => {
    const { outbox, requeued, givenUp } = fakeOutbox([
      uncertain('in-window', '2026-07-01T11:46:00Z'),
      uncertain('past-window', '2026-07-01T11:44:00Z'),
      uncertain('owed-two-days-ago', '2026-07-01T11:00:00Z', '2026-06-29T11:00:00Z'),
    ]);
    const result = await makeRetryStuckEmails({ outbox, events, clock, confirmations: noConfirmations })();
    expect(requeued).toEqual(['past-window']);
    expect(givenUp).toEqual(['owed-two-days-ago']);
    expect(result).toEqual({ requeued: 1, confirmed: 0, givenUp: 1, skipped: 1 });
  });

  it('settles nothing when the confirmations cannot be read: guessing "not sent" would send a second copy', async () => {
    const { outbox, requeued, givenUp } = fakeOutbox([uncertain('past-window', '2026-07-01T10:00:00Z')]);
    const unreadable: SendConfirmations = { find: async () => Promise.reject(new Error('unreachable')) };
    expect(await makeRetryStuckEmails({ outbox, events, clock, confirmations: unreadable })()).toEqual({
      requeued: 0,
      confirmed: 0,
      givenUp: 0,
      skipped: 1,
    });
    expect([...requeued, ...givenUp]).toEqual([]);
  });

  it('is never taken by the secretariat’s redrive', () => {
    expect(isRedrivable(uncertain('u', '2026-07-01T10:00:00Z'), clock.now(), 0)).toBe(false);
  });
});

describe('overdue emails (what the OverdueEmails metric and its alarm count)', () => {
  const clock = manualClock('2026-07-01T12:00:00Z');
  const events = { listAllIds: async () => ['ev', 'other'] };

  it('counts every undelivered entry owed more than 30 minutes ago and within the last 24 hours, in every event', async () => {
    const { outbox, requeued } = fakeOutbox([
      entry('pending-40-min', 'pending', '2026-07-01T11:20:00Z'),
      entry('sending-held-2-h', 'sending', '2026-07-01T10:00:00Z', { sendingUntil: '2026-07-01T12:01:00Z' }),
      entry('failed-3-h', 'failed', '2026-07-01T09:00:00Z'),
      { ...entry('other-event-failed-1-h', 'failed', '2026-07-01T11:00:00Z'), eventId: 'other' },
      entry('pending-29-min', 'pending', '2026-07-01T11:31:00Z'),
      entry('failed-just-now', 'failed', '2026-07-01T11:59:00Z'),
      entry('failed-two-days-ago', 'failed', '2026-06-29T12:00:00Z'),
    ]);
    expect(await makeCountOverdueEmails({ outbox, events, clock })()).toBe(4);
    expect(requeued, 'counting changes nothing').toEqual([]);
  });

  it('counts uncertain sends (SES never answered) as overdue too', async () => {
    const { outbox } = fakeOutbox([entry('uncertain-1-h', 'uncertain', '2026-07-01T11:00:00Z', { attemptedAt: '2026-07-01T11:00:01Z' })]);
    expect(await makeCountOverdueEmails({ outbox, events, clock })()).toBe(1);
  });
});
