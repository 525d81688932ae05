/** The pure parts of media accreditation: the body, the journalist as a participant, and what the commit counts. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { commitElements } from '../../shared/adapters/registrations-commit.ts';
import { AccreditationBody, journalistParticipant, splitName } from '../../shared/domain/press/accreditation.ts';
import { ceilingsFor, limitsBelowUse } from '../../shared/domain/registration/limits-in-use.ts';
import { sortParticipants } from '../../shared/domain/registration/participant-order.ts';
import { participantsCsv } from '../../shared/domain/registration/participants-csv.ts';
import { pressSummary } from '../../shared/domain/registration/press-summary.ts';
import { matches, searchTerms } from '../../shared/domain/registration/registration-search.ts';
import { Participant, RegistrationBody, type Registration } from '../../shared/domain/registration/registration.ts';
import { UNLIMITED_MEDIA } from '../../shared/domain/registration/seats.ts';
import { aRegistration, NOW, storedEvent } from './registration-fixtures.ts';

const aJournalist = (over: Partial<Registration> = {}) =>
  aRegistration({
    delegation: 'PRESS',
    delegationKind: 'press',
    role: 'press',
    status: 'confirmed',
    participant: { givenName: 'João', familyName: 'Silva', email: 'joao@example.com', position: 'Jornalista', institution: 'Folha' },
    ...over,
  });

describe('the accreditation body', () => {
  const errors = (body: unknown) => {
    const result = AccreditationBody.safeParse(body);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accredits with or without a reason and a name; declines only with a reason', () => {
    expect(AccreditationBody.parse({ decision: 'accredit' })).toEqual({ decision: 'accredit' });
    expect(AccreditationBody.parse({ decision: 'accredit', reason: 'Regional outlet', name: { givenName: 'Ana', familyName: 'Costa' } })).toEqual({
      decision: 'accredit',
      reason: 'Regional outlet',
      name: { givenName: 'Ana', familyName: 'Costa' },
    });
    expect(AccreditationBody.parse({ decision: 'decline', reason: ' Places are limited ' })).toEqual({
      decision: 'decline',
      reason: 'Places are limited',
    });
    expect(errors({ decision: 'decline' })).toEqual(['reason']);
    expect(errors({ decision: 'decline', reason: 'x', name: { givenName: 'A', familyName: 'B' } })).toEqual(['name']);
    // An unknown decision and an unknown field are both named at once.
    expect(errors({ decision: 'approve', surprise: 1 })).toContain('decision');
    expect(errors({ decision: 'approve', surprise: 1 }).length).toBe(2);
  });
});

describe('the journalist as a participant', () => {
  it('splits the one name field: the first word given, the rest family; one word is both', () => {
    expect(splitName('João Silva')).toEqual({ givenName: 'João', familyName: 'Silva' });
    expect(splitName('  María   del Carmen Ruiz ')).toEqual({ givenName: 'María', familyName: 'del Carmen Ruiz' });
    expect(splitName('Madonna')).toEqual({ givenName: 'Madonna', familyName: 'Madonna' });
  });

  it('always gives a participant the registration schema accepts, whatever single-line name up to 200 characters', () => {
    const name = fc
      .array(fc.stringMatching(/^[A-Za-zÀ-ÿ'.-]{1,60}$/), { minLength: 1, maxLength: 6 })
      .map((words) => words.join(' ').slice(0, 200).trim())
      .filter((s) => s.length > 0);
    fc.assert(
      fc.property(name, fc.constantFrom('es', 'pt', 'en', 'nl') as fc.Arbitrary<'es' | 'pt' | 'en' | 'nl'>, (n, language) => {
        const participant = journalistParticipant({ name: n, email: 'joao@example.com', outlet: 'Folha' }, language);
        expect(Participant.safeParse(participant).success).toBe(true);
        expect(`${participant.givenName} ${participant.familyName}`.length).toBeGreaterThan(0);
      }),
    );
  });

  it('takes the outlet as institution, "Journalist" in their language as position, and their phone', () => {
    expect(journalistParticipant({ name: 'Ana Costa', email: 'ana@example.com', phone: '+55 11 5555 0100', outlet: 'Agência Sul' }, 'nl')).toEqual({
      givenName: 'Ana',
      familyName: 'Costa',
      email: 'ana@example.com',
      phone: '+55 11 5555 0100',
      position: 'Journalist',
      institution: 'Agência Sul',
    });
  });

  it('the public form can never choose the press role', () => {
    const form = {
      participant: { givenName: 'A', familyName: 'B', email: 'a@example.org', position: 'P', institution: 'I' },
      delegation: 'AR',
      language: 'es',
      consent: { dataProcessing: true, listInParticipants: true },
    };
    expect(RegistrationBody.safeParse({ ...form, role: 'delegate' }).success).toBe(true);
    expect(RegistrationBody.safeParse({ ...form, role: 'press' }).success).toBe(false);
  });
});

describe('what an accreditation counts', () => {
  const keyOf = (e: ReturnType<typeof commitElements>[number]) => {
    const op = Object.values(e.element)[0] as { Key?: { SK: string }; Item?: { SK: string } };
    return (op.Key ?? op.Item)!.SK;
  };
  const history = (r: Registration) => ({
    id: `H${r.id}`,
    registrationId: r.id,
    at: NOW.toISOString(),
    actor: { kind: 'system' as const },
    action: 'registered' as const,
    to: r.status,
  });

  it('a media place within mediaCapacity (COUNTER#QUOTA#PRESS), never a seat; promotions owed do not hold it back', () => {
    const event = { ...storedEvent({ capacity: 1, mediaCapacity: 2 }), promotionsDue: '2026-05-01T00:00:00.000Z' };
    const journalist = aJournalist();
    const els = commitElements({ event, changes: [{ after: journalist, history: history(journalist), outbox: [] }] }, 'table');
    expect(els.map(keyOf)).not.toContain('COUNTER#SEATS');
    const press = els.find((e) => keyOf(e) === 'COUNTER#QUOTA#PRESS')!;
    expect(press.label).toBe('quota');
    expect((press.element.Update as { ExpressionAttributeValues: Record<string, number> }).ExpressionAttributeValues[':max']).toBe(1);
    const config = els.find((e) => keyOf(e) === 'CONFIG')!;
    expect((config.element.ConditionCheck as { ConditionExpression: string }).ConditionExpression).toBe('updatedAt = :updatedAt');
    expect(els.map(keyOf)).toContain('EMAIL#joao@example.com');
  });

  it('without mediaCapacity: no limit a setting can reach', () => {
    const journalist = aJournalist();
    const els = commitElements({ event: storedEvent(), changes: [{ after: journalist, history: history(journalist), outbox: [] }] }, 'table');
    const press = els.find((e) => keyOf(e) === 'COUNTER#QUOTA#PRESS')!;
    expect((press.element.Update as { ExpressionAttributeValues: Record<string, number> }).ExpressionAttributeValues[':max']).toBe(
      UNLIMITED_MEDIA - 1,
    );
  });

  it('a lowered mediaCapacity below the journalists accredited is refused; PRESS is never a removed delegation', () => {
    const counters = { seats: 3, quotas: { AR: 3, PRESS: 4 }, waitlistVersion: 0, waiting: 0 };
    expect(limitsBelowUse(storedEvent({ mediaCapacity: 3 }), counters)).toEqual([{ path: 'registration.mediaCapacity', limit: 3, inUse: 4 }]);
    expect(limitsBelowUse(storedEvent(), counters)).toEqual([]);
    expect(ceilingsFor(storedEvent(), storedEvent({ mediaCapacity: 5 }), counters)).toContainEqual({
      counter: { kind: 'quota', delegation: 'PRESS' },
      atMost: 5,
    });
  });

  it('the summary line: accredited, the media capacity and what is left', () => {
    expect(pressSummary(storedEvent({ mediaCapacity: 5 }), { quotas: { PRESS: 2 } })).toEqual({ accredited: 2, mediaCapacity: 5, available: 3 });
    expect(pressSummary(storedEvent(), { quotas: {} })).toEqual({ accredited: 0, mediaCapacity: null, available: null });
  });
});

describe('journalists in lists', () => {
  it('come last, in their own "Press" group named in the event language, found by their outlet', () => {
    const event = storedEvent();
    const journalist = aJournalist();
    const delegate = aRegistration({ status: 'confirmed', delegation: 'UY' });
    expect(sortParticipants(event, [journalist, delegate]).map((r) => r.id)).toEqual([delegate.id, journalist.id]);
    const lines = participantsCsv(event, [journalist, delegate], 'secretariat').trim().split('\r\n');
    expect(lines.at(-1)).toContain(',Prensa,PRESS,press,press,');
    expect(matches(journalist, { kind: 'press' }, searchTerms('folha'))).toBe(true);
    expect(matches(delegate, { kind: 'press' }, [])).toBe(false);
  });
});
