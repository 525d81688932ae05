/** Releasing a suppressed address for one email, what the console says about a suppression, and redriving a selection. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import { toEmailView } from '../../shared/domain/notifications/outbox-admin.ts';
import { makeRedriveEmails } from '../../shared/domain/notifications/outbox-redrive.ts';
import type { Suppression } from '../../shared/domain/notifications/outbox-suppression.ts';
import { outboxEntry, type OutboxEntry, type OutboxStatus } from '../../shared/domain/notifications/outbox.ts';
import {
  causeOfSuppression,
  makeReleaseSuppressedEmail,
  ReleaseBody,
  type SuppressionReleaseRecord,
} from '../../shared/domain/notifications/suppression-release.ts';

const entry = (id: string, status: OutboxStatus, extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
  ...outboxEntry({
    id,
    eventId: 'ev',
    kind: 'registration-confirmed',
    to: { email: 'ana@example.org' },
    language: 'es',
    reference: 'EV-D-0001',
    subjectId: 'r1',
    data: { participantName: 'Ana', registrationId: 'r1', checkInCode: 'AAAA-BBBB' },
    createdAt: '2026-06-01T10:00:00.000Z',
  }),
  status,
  ...extra,
});

const clock = manualClock('2026-06-02T09:00:00.000Z');
const actor = { name: 'officer@example.org', sub: 'sub-1' };

const setUp = (entries: OutboxEntry[], suppressed: Suppression[] = []) => {
  const released: { record: SuppressionReleaseRecord; address: string }[] = [];
  const byId = new Map(entries.map((e) => [e.id, e]));
  const release = makeReleaseSuppressedEmail({
    outbox: {
      get: async (id) => byId.get(id),
      releaseSuppressed: async (e, record, address) => {
        if (byId.get(e.id)?.status !== 'suppressed') return false;
        byId.set(e.id, { ...e, status: 'failed', release: { at: record.at, by: record.by, reason: record.reason } });
        released.push({ record, address });
        return true;
      },
    },
    suppressions: { find: async (email) => suppressed.find((s) => s.email === email) },
    clock,
    ids: { id: () => '01J00000000000000000000001' },
  });
  return { release, released };
};

describe('releasing a suppressed address for an email', () => {
  it('records who, when, why and the suppression lifted, and leaves the email failed, ready to redrive', async () => {
    const { release, released } = setUp(
      [entry('E1', 'suppressed', { suppression: { reason: 'bounce:Permanent/General', at: '2026-06-01T11:00:00.000Z' } })],
      [{ email: 'ana@example.org', reason: 'bounce:Permanent/General', at: '2026-06-01T11:00:00.000Z' }],
    );
    const after = await release('ev', 'E1', { reason: 'She cleared her mailbox', actor });
    expect(after.status).toBe('failed');
    expect(released).toEqual([
      {
        address: 'ana@example.org',
        record: {
          id: '01J00000000000000000000001',
          eventId: 'ev',
          emailId: 'E1',
          at: '2026-06-02T09:00:00.000Z',
          by: 'officer@example.org',
          bySub: 'sub-1',
          reason: 'She cleared her mailbox',
          lifted: { reason: 'bounce:Permanent/General', at: '2026-06-01T11:00:00.000Z' },
        },
      },
    ]);
    expect(toEmailView(after)).toMatchObject({
      status: 'failed',
      suppression: { cause: 'bounce', bounceType: 'Permanent', subType: 'General', reportedAt: '2026-06-01T11:00:00.000Z' },
      release: { at: '2026-06-02T09:00:00.000Z', by: 'officer@example.org', reason: 'She cleared her mailbox' },
    });
  });

  it('an address already released for another email: the email is released, nothing is lifted twice', async () => {
    const { release, released } = setUp([entry('E1', 'suppressed', { lastError: 'complaint:abuse' })]);
    await release('ev', 'E1', { reason: 'Called us', actor });
    expect(released[0]!.record.lifted).toBeNull();
  });

  it('refuses an email that is not suppressed (409 not-suppressed) and one of another event (404)', async () => {
    const { release } = setUp([entry('E1', 'sent'), entry('E2', 'suppressed', { eventId: 'other' })]);
    await expect(release('ev', 'E1', { reason: 'x', actor })).rejects.toMatchObject({ status: 409, type: '/problems/not-suppressed' });
    await expect(release('ev', 'E2', { reason: 'x', actor })).rejects.toMatchObject({ status: 404 });
    await expect(release('ev', 'E3', { reason: 'x', actor })).rejects.toMatchObject({ status: 404 });
  });

  it('needs a reason', () => {
    expect(ReleaseBody.safeParse({ reason: '  ' }).success).toBe(false);
    expect(ReleaseBody.safeParse({}).success).toBe(false);
    expect(ReleaseBody.safeParse({ reason: 'Mailbox fixed' }).success).toBe(true);
  });
});

describe('what a suppression says', () => {
  it.each([
    ['bounce:Permanent/General', { cause: 'bounce', bounceType: 'Permanent', subType: 'General' }],
    ['bounce:Permanent/NoEmail', { cause: 'bounce', bounceType: 'Permanent', subType: 'NoEmail' }],
    ['complaint:abuse', { cause: 'complaint', bounceType: null, subType: 'abuse' }],
    ['complaint:unknown', { cause: 'complaint', bounceType: null, subType: 'unknown' }],
  ])('%s', (reason, cause) => {
    expect(causeOfSuppression(reason)).toEqual(cause);
  });

  it('an entry suppressed before the report time was kept still explains its cause', () => {
    expect(toEmailView(entry('E1', 'suppressed', { lastError: 'bounce:Permanent/General' })).suppression).toEqual({
      cause: 'bounce',
      bounceType: 'Permanent',
      subType: 'General',
      reportedAt: null,
    });
    expect(toEmailView(entry('E1', 'failed', { lastError: 'MessageRejected' })).suppression).toBeNull();
  });
});

describe('redriving a selection', () => {
  it('requeues the selected failed emails, skips the rest, and says what became of each', async () => {
    const entries = [entry('E1', 'failed'), entry('E2', 'sent'), entry('E3', 'failed', { eventId: 'other' }), entry('E4', 'failed')];
    const requeued: string[] = [];
    const redrive = makeRedriveEmails({
      outbox: {
        get: async (id) => entries.find((e) => e.id === id),
        listUndelivered: async () => entries,
        requeue: async (ref) => {
          requeued.push(ref.id);
          return true;
        },
      },
      clock,
    });
    expect(await redrive('ev', { ids: ['E1', 'E2', 'E3', 'E1', 'E9'] })).toEqual({
      requeued: 1,
      skipped: 3,
      outcomes: [
        { id: 'E1', outcome: 'requeued' },
        { id: 'E2', outcome: 'skipped' },
        { id: 'E3', outcome: 'not-found' },
        { id: 'E9', outcome: 'not-found' },
      ],
    });
    expect(requeued).toEqual(['E1']);
  });
});
