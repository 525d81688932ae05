import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, tokenFor, uniqueEventId } from '../support/api.ts';
import { inquiryBody, pressGet, submit } from './press-helpers.ts';

const putEvent = async (eventId: string, body: unknown) =>
  api(`/admin/events/${eventId}`, { method: 'PUT', body, token: await tokenFor('secretariat') });

describe('routing rules in the event configuration (PUT)', () => {
  it('a rule naming an unknown contact is refused, naming the field, and nothing is stored', async () => {
    const eventId = uniqueEventId('press-rules');
    const config = {
      ...sampleEvent(),
      press: { defaultContact: 'technical-secretariat', rules: [{ id: 'to-nobody', when: { countries: ['BR'] }, contact: 'nobody' }] },
    };
    const answer = await putEvent(eventId, config);
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toContainEqual({ path: 'press.rules.0.contact', message: 'Not one of the contacts' });
    expect((await api(`/events/${eventId}`)).status).toBe(404);
  });

  it('rules PUT by the secretariat route the next inquiry, by country and language, in order', async () => {
    const eventId = uniqueEventId('press-rules');
    const rules = [
      { id: 'dutch-press', when: { languages: ['nl'] }, contact: 'regional-representative' },
      { id: 'brazil', when: { countries: ['BR'], topics: ['statement_request'] }, contact: 'regional-representative' },
    ];
    expect((await putEvent(eventId, { ...sampleEvent(), press: { defaultContact: 'technical-secretariat', rules } })).status).toBe(201);

    const byCountry = await submit(eventId, inquiryBody({ topic: 'statement_request' }));
    expect((await pressGet(eventId, byCountry.json.id)).json).toMatchObject({ contactId: 'regional-representative', ruleId: 'brazil' });
    const byLanguage = await submit(
      eventId,
      inquiryBody({ topic: 'other', language: 'nl', journalist: { name: 'A', email: 'a@example.nl', outlet: 'NRC' } }),
    );
    expect((await pressGet(eventId, byLanguage.json.id)).json).toMatchObject({ ruleId: 'dutch-press' });
    const neither = await submit(
      eventId,
      inquiryBody({ topic: 'other', language: 'es', journalist: { name: 'B', email: 'b@example.cl', outlet: 'El Mercurio', country: 'CL' } }),
    );
    expect((await pressGet(eventId, neither.json.id)).json).toMatchObject({ contactId: 'technical-secretariat', ruleId: null });
  });
});
