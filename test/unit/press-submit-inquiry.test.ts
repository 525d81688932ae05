import { describe, expect, it } from 'vitest';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import { TooManyRequests, ValidationFailed } from '../../shared/domain/errors.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { fakeEvents, fakeInquiryStore, fakeRateLimiter, sampleConfig, sequentialIds } from './press-fakes.ts';

const now = new Date('2026-07-01T12:00:00Z');

const setup = (overrides = {}, stored: Partial<EventConfig> = {}) => {
  const event = { ...sampleConfig(now, overrides), ...stored };
  const store = fakeInquiryStore();
  const rate = fakeRateLimiter();
  const submit = makeSubmitInquiry({
    events: fakeEvents(event),
    inquiries: store.store,
    rateLimits: rate.limiter,
    clock: manualClock(now),
    ids: sequentialIds(),
  });
  return { event, store, rate, submit };
};

const body = (over: Record<string, unknown> = {}) =>
  InquiryBody.parse({
    journalist: { name: 'João Silva', email: 'joao@example.com', outlet: 'Folha', country: 'BR' },
    topic: 'background_information',
    language: 'pt',
    subject: 'Numbers on regional migration',
    message: 'Could you send\nthe figures?',
    ...over,
  });

describe('submitting an inquiry (use case)', () => {
  it('writes the inquiry, its history and two emails, with a reference from the sequence', async () => {
    const { submit, store } = setup();
    const accepted = await submit('sacm-7', body(), { sourceIp: '192.0.2.1' });
    expect(accepted).toMatchObject({ reference: 'SACM7-P-0001', status: 'received' });
    const [write] = store.writes;
    expect(write?.inquiry).toMatchObject({ contactId: 'technical-secretariat', ruleId: null, status: 'received' });
    expect(write?.history).toMatchObject({ action: 'received', by: 'journalist' });
    expect(write?.outbox.map((e) => [e.kind, e.to.email, e.replyTo?.email, e.language])).toEqual([
      ['inquiry-received-contact', 'secretariat@example.org', 'joao@example.com', 'es'],
      ['inquiry-received-journalist', 'joao@example.com', undefined, 'pt'],
    ]);
  });

  it('a language the event does not offer and a past deadline are named, and no number is drawn', async () => {
    const { submit, store } = setup({}, { languages: ['es', 'en'] });
    const error = await submit('sacm-7', body({ deadline: '2026-07-01T08:00:00-03:00' }), { sourceIp: '192.0.2.1' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationFailed);
    expect((error as ValidationFailed).errors?.map((e) => e.path)).toEqual(['language', 'deadline']);
    expect(store.referencesDrawn()).toBe(0);
  });

  it('the honeypot is answered like a success but stores nothing and counts nothing', async () => {
    const { submit, store, rate } = setup();
    const accepted = await submit('sacm-7', body({ website: 'http://spam.example' }), { sourceIp: '192.0.2.1' });
    expect(accepted.status).toBe('received');
    expect(accepted.reference).toMatch(/^SACM7-P-\d{4}$/);
    expect(store.writes).toHaveLength(0);
    expect(store.referencesDrawn()).toBe(0);
    expect(rate.counts.size).toBe(0);
  });

  it('past the hourly limit per address the answer is 429 with Retry-After, and no number is drawn', async () => {
    const { submit, store } = setup({ press: { defaultContact: 'technical-secretariat', hourlyLimit: 2 } });
    await submit('sacm-7', body(), { sourceIp: '192.0.2.1' });
    await submit('sacm-7', body(), { sourceIp: '192.0.2.2' });
    const error = await submit('sacm-7', body(), { sourceIp: '192.0.2.3' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequests);
    expect((error as TooManyRequests).headers).toEqual({ 'Retry-After': '3600' });
    expect(store.referencesDrawn()).toBe(2);
  });

  it("past the event's hourly limit per client (registration.clientLimitPerHour) the answer is 429 too; an IPv6 /64 is one client", async () => {
    const { submit } = setup({ registration: { ...sampleEvent(now).registration, clientLimitPerHour: 2 } });
    const from = (n: number) => body({ journalist: { name: 'Ana', email: `ana${n}@example.com`, outlet: 'Clarín' } });
    await submit('sacm-7', from(1), { sourceIp: '2001:db8:1:2::1' });
    await submit('sacm-7', from(2), { sourceIp: '2001:db8:1:2::2' });
    await expect(submit('sacm-7', from(3), { sourceIp: '2001:db8:1:2:ffff::3' })).rejects.toBeInstanceOf(TooManyRequests);
    await expect(submit('sacm-7', from(4), { sourceIp: '2001:db8:1:3::1' })).resolves.toMatchObject({ status: 'received' });
  });

  it('the journalist is acknowledged once an hour per address; the contact hears of every inquiry', async () => {
    const { submit, store } = setup();
    for (const ip of ['192.0.2.1', '192.0.2.2', '192.0.2.3']) await submit('sacm-7', body(), { sourceIp: ip });
    const kinds = store.writes.map((w) => w.outbox.map((e) => e.kind).sort());
    expect(kinds).toEqual([['inquiry-received-contact', 'inquiry-received-journalist'], ['inquiry-received-contact'], ['inquiry-received-contact']]);
  });

  it('an unpublished or unknown event is a 404', async () => {
    const { submit } = setup({ published: false });
    await expect(submit('sacm-7', body(), { sourceIp: '192.0.2.1' })).rejects.toMatchObject({ status: 404 });
    await expect(submit('nope', body(), { sourceIp: '192.0.2.1' })).rejects.toMatchObject({ status: 404 });
  });
});
