/** The scheduled retry of stuck emails: what it re-queues by itself, and what it leaves to the secretariat. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import { makeRetryStuckEmails, type RedriveStore } from '../../shared/domain/outbox-redrive.ts';
import { makeCountOverdueEmails } from '../../shared/domain/outbox-overdue.ts';
import { outboxEntry, type OutboxEntry, type OutboxStatus } from '../../shared/domain/outbox.ts';

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

const fakeOutbox = (entries: OutboxEntry[]): RedriveStore & { requeued: string[] } => {
  const requeued: string[] = [];
  return {
    requeued,
    listUndelivered: async (eventId) => entries.filter((e) => e.eventId === eventId),
    requeue: async (ref) => {
      requeued.push(ref.id);
      return true;
    },
  };
};

describe('the automatic retry of stuck emails', () => {
  const clock = manualClock('2026-07-01T12:00:00Z');
  const events = { listAllIds: async () => ['ev'] };

  it('re-queues pending and lapsed sending entries stuck for 10 minutes, within 24 hours of being owed', async () => {
    const outbox = fakeOutbox([
      entry('stuck-pending', 'pending', '2026-07-01T11:30:00Z'),
      entry('lapsed-sending', 'sending', '2026-07-01T11:00:00Z', { sendingUntil: '2026-07-01T11:02:00Z' }),
      entry('just-owed', 'pending', '2026-07-01T11:55:00Z'),
      entry('held-by-a-mailer', 'sending', '2026-07-01T11:00:00Z', { sendingUntil: '2026-07-01T12:01:00Z' }),
      entry('refused-for-good', 'failed', '2026-07-01T11:00:00Z'),
      entry('two-days-old', 'pending', '2026-06-29T11:00:00Z'),
    ]);
    const result = await makeRetryStuckEmails({ outbox, events, clock })();
    expect(outbox.requeued.sort()).toEqual(['lapsed-sending', 'stuck-pending']);
    expect(result).toEqual({ requeued: 2, skipped: 4 });
  });
});

describe('overdue emails (what the OverdueEmails metric and its alarm count)', () => {
  const clock = manualClock('2026-07-01T12:00:00Z');
  const events = { listAllIds: async () => ['ev', 'other'] };

  it('counts every undelivered entry owed more than 30 minutes ago and within the last 24 hours, in every event', async () => {
    const outbox = fakeOutbox([
      entry('pending-40-min', 'pending', '2026-07-01T11:20:00Z'),
      entry('sending-held-2-h', 'sending', '2026-07-01T10:00:00Z', { sendingUntil: '2026-07-01T12:01:00Z' }),
      entry('failed-3-h', 'failed', '2026-07-01T09:00:00Z'),
      { ...entry('other-event-failed-1-h', 'failed', '2026-07-01T11:00:00Z'), eventId: 'other' },
      entry('pending-29-min', 'pending', '2026-07-01T11:31:00Z'),
      entry('failed-just-now', 'failed', '2026-07-01T11:59:00Z'),
      entry('failed-two-days-ago', 'failed', '2026-06-29T12:00:00Z'),
    ]);
    expect(await makeCountOverdueEmails({ outbox, events, clock })()).toBe(4);
    expect(outbox.requeued, 'counting changes nothing').toEqual([]);
  });

  it('counts whatever the store lists as undelivered, so a new undelivered status (uncertain) counts too', async () => {
    const outbox = fakeOutbox([{ ...entry('uncertain-1-h', 'pending', '2026-07-01T11:00:00Z'), status: 'uncertain' as OutboxStatus }]);
    expect(await makeCountOverdueEmails({ outbox, events, clock })()).toBe(1);
  });
});
