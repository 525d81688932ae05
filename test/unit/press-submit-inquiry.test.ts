import { describe, expect, it } from 'vitest';
import type { EventConfig } from '../../shared/domain/event.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import { TooManyRequests, ValidationFailed } from '../../shared/domain/errors.ts';
import { InquiryBody } from '../../shared/domain/press/inquiry.ts';
import { makeSubmitInquiry } from '../../shared/domain/press/submit-inquiry.ts';
import { fakeEvents, fakeInquiryStore, fakeRateLimiter, sampleConfig, sequentialIds } from './press-fakes.ts';

const now = new Date('2026-07-01T12:00:00Z');

const setup = (overrides = {}, stored: Partial<EventConfig> = {}) => {
  const event = { ...sampleConfig(now, overrides), ...stored };
  const store = fakeInquiryStore();
  const rate = fakeRateLimiter();
  const submit = makeSubmitInquiry({ events: fakeEvents(event), inquiries: store.store, rateLimits: rate.limiter, clock: manualClock(now), ids: sequentialIds() });
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

  it('past the hourly limit per source IP the answer is 429 too', async () => {
    const { submit } = setup({ press: { defaultContact: 'technical-secretariat', hourlyLimit: 1 } });
    await submit('sacm-7', body(), { sourceIp: '192.0.2.1' });
    const other = body({ journalist: { name: 'Ana', email: 'ana@example.com', outlet: 'Clarín' } });
    await expect(submit('sacm-7', other, { sourceIp: '192.0.2.1' })).rejects.toBeInstanceOf(TooManyRequests);
  });

  it('an unpublished or unknown event is a 404', async () => {
    const { submit } = setup({ published: false });
    await expect(submit('sacm-7', body(), { sourceIp: '192.0.2.1' })).rejects.toMatchObject({ status: 404 });
    await expect(submit('nope', body(), { sourceIp: '192.0.2.1' })).rejects.toMatchObject({ status: 404 });
  });
});
