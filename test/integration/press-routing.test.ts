import { describe, expect, it } from 'vitest';
import { emailsOf, inquiryBody, pressEvent, pressGet, submit } from './press-helpers.ts';

describe("a press inquiry is routed by the sample event's rules", () => {
  it("an interview request goes to the Regional Representative's office, Reply-To the journalist; the journalist is acknowledged in Portuguese", async () => {
    const { eventId } = await pressEvent('press-route');
    const answer = await submit(eventId, inquiryBody());
    expect(answer.status).toBe(202);
    expect(answer.json).toEqual({ id: expect.any(String), reference: 'SACM7-P-0001', status: 'received' });

    const { json: inquiry } = await pressGet(eventId, answer.json.id);
    expect(inquiry).toMatchObject({ contactId: 'regional-representative', ruleId: 'interviews-regional-representative', status: 'received' });

    const emails = await emailsOf(eventId, answer.json.id);
    const toContact = emails.find((e) => e.kind === 'inquiry-received-contact');
    const toJournalist = emails.find((e) => e.kind === 'inquiry-received-journalist');
    expect(emails).toHaveLength(2);
    expect(toContact).toMatchObject({
      to: { email: 'regional-office@example.org' },
      replyTo: { email: 'joao@example.com', name: 'João Silva' },
      language: 'es',
      reference: 'SACM7-P-0001',
      data: { contactId: 'regional-representative', outlet: 'Folha', topic: 'interview_request' },
    });
    expect(toJournalist).toMatchObject({
      to: { email: 'joao@example.com', name: 'João Silva' },
      language: 'pt',
      data: { contactId: 'regional-representative' },
    });
    expect(toJournalist?.replyTo).toBeUndefined();
  });

  it("anything else goes to the Technical Secretariat by default, and the acknowledgement is in the journalist's language", async () => {
    const { eventId } = await pressEvent('press-route');
    const answer = await submit(
      eventId,
      inquiryBody({
        topic: 'accreditation',
        language: 'nl',
        journalist: { name: 'Anouk Jansen', email: 'anouk@example.net', outlet: 'De Ware Tijd', country: 'SR' },
      }),
    );
    expect(answer.status).toBe(202);
    const { json: inquiry } = await pressGet(eventId, answer.json.id);
    expect(inquiry).toMatchObject({ contactId: 'technical-secretariat', ruleId: null });

    const emails = await emailsOf(eventId, answer.json.id);
    expect(emails.map((e) => [e.kind, e.to.email, e.replyTo?.email, e.language]).sort()).toEqual([
      ['inquiry-received-contact', 'secretariat@example.org', 'anouk@example.net', 'es'],
      ['inquiry-received-journalist', 'anouk@example.net', undefined, 'nl'],
    ]);
  });

  it('the OpenAPI document describes the press routes', async () => {
    const { api } = await import('../support/api.ts');
    const { json } = await api('/openapi.json');
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining([
        '/api/events/{eventId}/inquiries',
        '/api/admin/events/{eventId}/inquiries',
        '/api/admin/events/{eventId}/inquiries/{id}',
        '/api/admin/events/{eventId}/inquiries/{id}/status',
      ]),
    );
    expect(json.paths['/api/events/{eventId}/inquiries'].post.responses).toHaveProperty('429');
  });
});
