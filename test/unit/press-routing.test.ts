import { describe, expect, it } from 'vitest';
import { EventConfigBody, type RoutingRule } from '../../shared/domain/event-config.ts';
import { routeInquiry, type RoutingFacts } from '../../shared/domain/press/route-inquiry.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';

const rules: RoutingRule[] = [
  { id: 'dutch-interviews', when: { topics: ['interview_request'], languages: ['nl'] }, contact: 'nl-desk' },
  { id: 'interviews', when: { topics: ['interview_request'] }, contact: 'regional' },
  { id: 'brazil', when: { countries: ['BR'] }, contact: 'brasilia' },
  { id: 'portuguese-accreditation', when: { topics: ['accreditation'], languages: ['pt'] }, contact: 'brasilia-accreditation' },
  { id: 'accreditation', when: { topics: ['accreditation', 'statement_request'] }, contact: 'accreditation-desk' },
];
const press = { defaultContact: 'secretariat', rules };

const cases: [name: string, facts: RoutingFacts, contactId: string, ruleId: string | null][] = [
  ['topic alone picks its rule', { topic: 'interview_request', language: 'es' }, 'regional', 'interviews'],
  [
    'topic and language both holding picks the more specific rule listed first',
    { topic: 'interview_request', language: 'nl' },
    'nl-desk',
    'dutch-interviews',
  ],
  [
    'order wins: a Brazilian interview request goes to the earlier interview rule',
    { topic: 'interview_request', language: 'pt', country: 'BR' },
    'regional',
    'interviews',
  ],
  ['country matches any topic', { topic: 'other', language: 'es', country: 'BR' }, 'brasilia', 'brazil'],
  [
    'country rule before the accreditation rules takes a Brazilian accreditation',
    { topic: 'accreditation', language: 'pt', country: 'BR' },
    'brasilia',
    'brazil',
  ],
  ['language narrows a topic', { topic: 'accreditation', language: 'pt', country: 'AR' }, 'brasilia-accreditation', 'portuguese-accreditation'],
  ['a rule lists several topics', { topic: 'statement_request', language: 'en' }, 'accreditation-desk', 'accreditation'],
  ['no country given never matches a country rule', { topic: 'other', language: 'es' }, 'secretariat', null],
  ['another country does not match', { topic: 'background_information', language: 'es', country: 'CL' }, 'secretariat', null],
  ['nothing matches: the default contact, with no rule', { topic: 'background_information', language: 'en' }, 'secretariat', null],
];

describe('routing an inquiry', () => {
  it.each(cases)('%s', (_name, facts, contactId, ruleId) => {
    expect(routeInquiry(press, facts)).toEqual({ contactId, ruleId });
  });

  it('a rule with no conditions takes everything that reaches it', () => {
    const catchAll = { defaultContact: 'secretariat', rules: [{ id: 'all', when: {}, contact: 'everyone' }] };
    expect(routeInquiry(catchAll, { topic: 'other', language: 'es' })).toEqual({ contactId: 'everyone', ruleId: 'all' });
  });

  it('with no rules every inquiry goes to the default contact', () => {
    expect(routeInquiry({ defaultContact: 'secretariat', rules: [] }, { topic: 'interview_request', language: 'es' })).toEqual({
      contactId: 'secretariat',
      ruleId: null,
    });
  });

  it('the sample event sends interview requests to the Regional Representative and the rest to the Technical Secretariat', () => {
    const event = EventConfigBody.parse(sampleEvent(new Date('2026-05-01T00:00:00Z')));
    expect(routeInquiry(event.press, { topic: 'interview_request', language: 'pt', country: 'BR' }).contactId).toBe('regional-representative');
    for (const topic of ['accreditation', 'background_information', 'statement_request', 'other'] as const) {
      expect(routeInquiry(event.press, { topic, language: 'es' })).toEqual({ contactId: 'technical-secretariat', ruleId: null });
    }
  });
});

describe('routing rules in the event configuration', () => {
  const withPress = (pressConfig: unknown) => ({ ...sampleEvent(new Date('2026-05-01T00:00:00Z')), press: pressConfig });

  it('a rule naming an unknown contact is refused, naming the field', () => {
    const result = EventConfigBody.safeParse(
      withPress({ defaultContact: 'technical-secretariat', rules: [{ id: 'x', when: { topics: ['other'] }, contact: 'nobody' }] }),
    );
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('press.rules.0.contact');
  });

  it('an unknown default contact is refused', () => {
    const result = EventConfigBody.safeParse(withPress({ defaultContact: 'nobody' }));
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('press.defaultContact');
  });

  it('duplicate rule ids and unknown topics are refused', () => {
    const result = EventConfigBody.safeParse(
      withPress({
        defaultContact: 'technical-secretariat',
        rules: [
          { id: 'a', when: { topics: ['other'] }, contact: 'technical-secretariat' },
          { id: 'a', when: { topics: ['gossip'] }, contact: 'technical-secretariat' },
        ],
      }),
    );
    const paths = result.error?.issues.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('press.rules.1.when.topics.0');
  });
});
