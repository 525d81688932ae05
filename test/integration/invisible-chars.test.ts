/**
 * Bidi controls and zero-width characters never reach the table, the console, the CSV or an email: every
 * free-text field of every body strips them (docs/architecture.md, "Free text"). Generated with fast-check:
 * the same Latin values with invisible characters put anywhere in them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, tokenFor, uniqueEventId } from '../support/api.ts';
import { INVISIBLES, withInvisibles } from '../support/bad-input.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { emailsOf, inquiryBody, pressEvent, pressGet, submit } from './press-helpers.ts';
import {
  adminCancel,
  adminGet,
  decide,
  emailsOwed,
  partition,
  register,
  registrationBody,
  registrationEvent,
  tokenOf,
  uniqueEmail,
} from './registration-helpers.ts';

/** Fails naming where an invisible character survived. */
const expectNoInvisible = (value: unknown, where: string) => {
  const json = JSON.stringify(value);
  const found = INVISIBLES.filter((c) => json.includes(c)).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase()}`);
  expect(found, where).toEqual([]);
};

/** One dirty version of each clean value, drawn from the shared generator. */
const dirty = <K extends string>(clean: Record<K, string>): fc.Arbitrary<Record<K, string>> =>
  fc.record(Object.fromEntries(Object.entries<string>(clean).map(([k, v]) => [k, withInvisibles(v)]))) as unknown as fc.Arbitrary<Record<K, string>>;

const PERSON = {
  title: 'Dr.',
  givenName: 'Ana María',
  familyName: 'Pérez Gómez',
  position: 'Director of Migration Policy',
  institution: 'Ministry of Foreign Affairs',
};
const NEEDS = { accessibility: 'Step-free access, please', dietary: 'vegetarian' };

describe('invisible characters', () => {
  it('a registration is stored, listed, exported and emailed without them', async () => {
    const { eventId } = await registrationEvent('invisible-reg');
    await fc.assert(
      fc.asyncProperty(dirty(PERSON), dirty(NEEDS), withInvisibles('x'), async (person, needs, around) => {
        const email = uniqueEmail('invisible');
        const [before, after] = around.split('x') as [string, string];
        const body = registrationBody({
          delegation: 'BR',
          participant: { ...registrationBody().participant, ...person, email: `${before}${email}${after}` },
          needs,
        });
        const answer = await register(eventId, body);
        expect(answer.status).toBe(201);

        const { json: stored } = await adminGet(eventId, answer.json.id);
        expect(stored.participant).toMatchObject({ ...PERSON, email });
        expect(stored.needs).toEqual(NEEDS);
        const owed = await emailsOwed(eventId, answer.json.id);
        expect(owed.length).toBeGreaterThan(0);
        expectNoInvisible(owed, 'outbox entries');
        expect(owed.find((e) => e.to.email === email)?.data.participantName).toContain('Ana María');

        await drainStreams();
        const [sent] = await waitForEmails(() => emailsTo(email));
        expect(sent, 'the delegate got an email').toBeDefined();
        expectNoInvisible({ subject: sent!.subject, body: sent!.body, to: sent!.destination }, 'the email as sent');
      }),
      { numRuns: 3 },
    );
    expectNoInvisible(
      (await partition(eventId)).filter((i) => i.type === 'registration'),
      'the table',
    );
    const csv = await api(`/admin/events/${eventId}/registrations.csv`, { token: await tokenFor('secretariat') });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Pérez Gómez');
    expectNoInvisible(csv.text.replace(/^\uFEFF/, ''), 'the CSV (after its byte-order mark)');
  });

  it("a delegate's correction, a decision's and a cancellation's reasons are stored without them", async () => {
    const { eventId } = await registrationEvent('invisible-edit');
    const [patchNeeds, reasons] = fc.sample(
      fc.tuple(dirty(NEEDS), dirty({ decline: 'Not an accredited official', cancel: 'The ministry sent another delegate' })),
      1,
    )[0]!;
    const first = (await register(eventId, registrationBody())).json;
    const patched = await api(`/events/${eventId}/registrations/${first.id}`, {
      method: 'PATCH',
      token: tokenOf(first.manageUrl),
      body: { needs: patchNeeds },
    });
    expect(patched.status).toBe(200);
    expect((await adminGet(eventId, first.id)).json.needs).toEqual(NEEDS);

    expect((await decide(eventId, first.id, { decision: 'decline', reason: reasons.decline })).json.reason).toBe('Not an accredited official');
    const second = (await register(eventId, registrationBody({ delegation: 'BR' }))).json;
    expect((await adminCancel(eventId, second.id, reasons.cancel)).json.reason).toBe('The ministry sent another delegate');
    const history = [...(await adminGet(eventId, first.id)).json.history, ...(await adminGet(eventId, second.id)).json.history];
    expect(history.map((h: { reason?: string | null }) => h.reason).filter(Boolean)).toEqual([
      'Not an accredited official',
      'The ministry sent another delegate',
    ]);
    expectNoInvisible(await partition(eventId), 'the table');
  });

  it('a press inquiry and an officer note are stored and emailed without them', async () => {
    const { eventId } = await pressEvent('invisible-press', { press: { ...sampleEvent().press, hourlyLimit: 50 } });
    await fc.assert(
      fc.asyncProperty(
        dirty({
          name: 'João Silva',
          outlet: 'Folha de S.Paulo',
          subject: 'Interview with the Regional Representative',
          message: 'Would the Representative have 20 minutes?\nThank you.',
        }),
        async (typed) => {
          const address = uniqueEmail('journalist');
          const answer = await submit(
            eventId,
            inquiryBody({ journalist: { name: typed.name, email: address, outlet: typed.outlet }, subject: typed.subject, message: typed.message }),
          );
          expect(answer.status).toBe(202);
          const { json: stored } = await pressGet(eventId, answer.json.id);
          expect(stored).toMatchObject({
            journalist: { name: 'João Silva', outlet: 'Folha de S.Paulo' },
            subject: 'Interview with the Regional Representative',
            message: 'Would the Representative have 20 minutes?\nThank you.',
          });
          expectNoInvisible(await emailsOf(eventId, answer.json.id), 'outbox entries');
          await drainStreams();
          const [ack] = await waitForEmails(() => emailsTo(address));
          expect(ack, 'the journalist got an acknowledgement').toBeDefined();
          expectNoInvisible({ subject: ack!.subject, body: ack!.body }, 'the acknowledgement as sent');
        },
      ),
      { numRuns: 3 },
    );
    const { json: page } = await api(`/admin/events/${eventId}/inquiries?limit=1`, { token: await tokenFor('press') });
    const [note] = fc.sample(withInvisibles('Answered by phone'), 1);
    const changed = await api(`/admin/events/${eventId}/inquiries/${page.items[0].id}/status`, {
      body: { status: 'answered', note },
      token: await tokenFor('press'),
    });
    expect(changed.status).toBe(200);
    expect((await pressGet(eventId, page.items[0].id)).json.history.at(-1).note).toBe('Answered by phone');
  });

  it('an event configuration is stored and shown without them', async () => {
    const eventId = uniqueEventId('invisible-event');
    const base = sampleEvent();
    const [typed] = fc.sample(
      dirty({
        title: 'Seventh South American Conference on Migration',
        venue: 'Palacio San Martín',
        city: 'Buenos Aires',
        ministry: 'Foreign Affairs',
      }),
      1,
    );
    const body = {
      ...base,
      titles: { ...base.titles, en: typed!.title },
      venue: { ...base.venue, name: typed!.venue, city: typed!.city },
      ministries: [typed!.ministry],
    };
    const put = await api(`/admin/events/${eventId}`, { method: 'PUT', body, token: await tokenFor('secretariat') });
    expect(put.status).toBe(201);
    const { json: shown } = await api(`/events/${eventId}`);
    expect(shown.titles.en).toBe('Seventh South American Conference on Migration');
    expect(shown.venue).toMatchObject({ name: 'Palacio San Martín', city: 'Buenos Aires' });
    expect(shown.ministries).toEqual(['Foreign Affairs']);
    expectNoInvisible(shown, 'the public event');
  });
});
