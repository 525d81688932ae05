import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import { headerSafe, inquiryReminderEmails } from '../../shared/domain/press/inquiry-emails.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSweepReminders } from '../../shared/domain/press/sweep-reminders.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { fakeEvents, fakeInquiryStore, fakeRateLimiter, sampleConfig, sequentialIds } from './press-fakes.ts';

const now = new Date('2026-07-01T12:00:00Z');

describe('the emails an inquiry owes', () => {
  it('headerSafe turns any run of control characters into one space', () => {
    expect(headerSafe('Ana\r\nBcc: x@example.net')).toBe('Ana Bcc: x@example.net');
    expect(headerSafe('\u0000Folha\u0085\u007f')).toBe('Folha');
  });

  it('reminders go to the contact and the secretariat, and once when they are the same address', () => {
    const event = sampleConfig(now);
    const inquiry = {
      id: 'I',
      eventId: 'sacm-7',
      reference: 'SACM7-P-0001',
      journalist: { name: 'A', email: 'a@example.com', outlet: 'O' },
      subject: 'S',
    } as never;
    const due = { threshold: 'target' as const, dueAt: now.toISOString(), skipped: [] };
    const contact = { id: 'c', name: 'C', email: 'c@example.org' };
    expect(inquiryReminderEmails(event, inquiry, contact, due, sequentialIds(), now).map((e) => e.to.email)).toEqual([
      'c@example.org',
      'registrations@example.org',
    ]);
    const same = { ...contact, email: 'Registrations@example.org' };
    expect(inquiryReminderEmails(event, inquiry, same, due, sequentialIds(), now)).toHaveLength(1);
  });

  it('a sweep reminds the contact and the secretariat once per threshold, and not after the inquiry is answered', async () => {
    const clock = manualClock(now);
    const events = fakeEvents(sampleConfig(now));
    const store = fakeInquiryStore();
    const ids = sequentialIds();
    const submit = makeSubmitInquiry({ events, inquiries: store.store, rateLimits: fakeRateLimiter().limiter, clock, ids });
    const sweep = makeSweepReminders({ store: store.store, events, clock, ids });
    const body = InquiryBody.parse({
      journalist: { name: 'A', email: 'a@example.com', outlet: 'O' },
      topic: 'other',
      language: 'en',
      subject: 'S',
      message: 'M',
    });
    const first = await submit('sacm-7', body, { sourceIp: '192.0.2.1' });
    const second = await submit('sacm-7', body, { sourceIp: '192.0.2.1' });
    store.inquiries.set(second.id, { ...store.inquiries.get(second.id)!, status: 'answered', version: 2 });

    clock.advance(24 * 3600_000);
    expect(await sweep()).toEqual({ due: 1, reminded: 1, skipped: 0 });
    expect(await sweep()).toEqual({ due: 0, reminded: 0, skipped: 0 });
    const reminders = store.writes.filter((w) => w.history.action === 'reminder_sent');
    expect(reminders.map((w) => [w.inquiry.id, w.outbox.map((e) => e.to.email)])).toEqual([
      [first.id, ['secretariat@example.org', 'registrations@example.org']],
    ]);
  });
});
