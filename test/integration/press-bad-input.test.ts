import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { RATE_ITEM_SK } from '../../shared/adapters/items/rate-limit-window.ts';
import { rateCounterPk } from '../../shared/adapters/rate-limiter.ts';
import { hourWindow } from '../../shared/domain/rate-limits.ts';
import {
  CONTROL_CHARS,
  DELETE,
  LINE_BREAKERS,
  applyMutation,
  badRequiredLine,
  field,
  injected,
  nonString,
  notOneOf,
  tooLong,
  unknownKey,
  type Mutation,
} from '../support/bad-input.ts';
import { emailsOf, inquiryBody, partitionSize, pressEvent, submit } from './press-helpers.ts';

const TOP_KEYS = ['journalist', 'topic', 'language', 'subject', 'message', 'deadline', 'website'];
const JOURNALIST_KEYS = ['name', 'email', 'phone', 'outlet', 'country'];

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  field('journalist.name', badRequiredLine('João Silva', 200)),
  field('journalist.outlet', badRequiredLine('Folha de S.Paulo', 200)),
  field('subject', badRequiredLine('Interview request', 200)),
  field(
    'journalist.email',
    fc.oneof(
      fc.constantFrom('', 'joao', 'joao@', '@example.com', 'joao@example', 'jo ao@example.com', DELETE),
      injected('joao@example.com', LINE_BREAKERS),
      nonString,
    ),
  ),
  field(
    'journalist.phone',
    fc.oneof(fc.constantFrom('call me', '+55 11 5555 0100 please', '1'.repeat(41)), injected('+55 11 5555 0100', LINE_BREAKERS), nonString),
  ),
  field('journalist.country', fc.oneof(fc.constantFrom('br', 'BRA', 'B', 'B1'), injected('BR', LINE_BREAKERS), nonString)),
  field(
    'topic',
    fc.oneof(
      notOneOf(['interview_request', 'accreditation', 'background_information', 'statement_request', 'other']),
      fc.constant(DELETE),
      nonString,
    ),
  ),
  // `nl` is a language Plenary knows but this event does not offer.
  field('language', fc.oneof(fc.constantFrom('nl', 'fr', 'PT', 'pt-BR', '', DELETE), nonString)),
  field('message', fc.oneof(fc.constantFrom('', '   ', DELETE), tooLong(5000), injected('Hello, could you help?', CONTROL_CHARS), nonString)),
  field(
    'deadline',
    fc.oneof(
      fc.constantFrom(
        'tomorrow',
        '2026-07-01',
        '2026-07-01T10:00:00',
        '2026-13-01T10:00:00Z',
        new Date(Date.now() - 3600_000).toISOString(),
        new Date(Date.now() + 2 * 366 * 86400_000).toISOString(),
      ),
      nonString,
    ),
  ),
  field('website', fc.oneof(tooLong(2000), nonString)),
  unknownKey(TOP_KEYS).map((key) => ({ at: [key], path: key, value: 'surprise' })),
  unknownKey(JOURNALIST_KEYS).map((key) => ({ at: ['journalist', key], path: `journalist.${key}`, value: 'surprise' })),
  field('journalist', fc.oneof(nonString, fc.constant(DELETE))),
  field('(body)', fc.constantFrom([], 'text', 42, null, true)),
);

const itemsWritten = async (eventId: string) => {
  const pending = await documentClient().send(
    new QueryCommand({
      TableName: env.tableName,
      IndexName: 'GSI2',
      KeyConditionExpression: 'GSI2PK = :pk',
      ExpressionAttributeValues: { ':pk': `EVENT#${eventId}#OUTBOX#pending` },
      Select: 'COUNT',
    }),
  );
  const window = hourWindow(new Date()).label;
  const rate = await documentClient().send(
    new GetCommand({
      TableName: env.tableName,
      Key: { PK: await rateCounterPk(eventId, 'client', '127.0.0.1', window), SK: RATE_ITEM_SK },
      ConsistentRead: true,
    }),
  );
  return { partition: await partitionSize(eventId), outbox: pending.Count ?? 0, rateCounted: rate.Item !== undefined };
};

describe('bad input to the public inquiry form', () => {
  it('1,000 generated invalid bodies are each a 400 naming the bad field; none is a 5xx; nothing is written', async () => {
    const { eventId } = await pressEvent('press-bad', {
      languages: ['es', 'pt', 'en'],
      titles: { es: 'VII Conferencia', pt: 'VII Conferência', en: 'Seventh Conference' },
      description: { es: 'Migración', pt: 'Migração', en: 'Migration' },
    });
    const before = await itemsWritten(eventId);
    const base = inquiryBody();
    // Sampled rather than asserted one by one so the requests can go ten at a time; the seed reproduces a run.
    const seed = Date.now() % 2 ** 31;
    const samples = fc.sample(mutations, { numRuns: 1000, seed });
    let sent = 0;
    for (let i = 0; i < samples.length; i += 10) {
      await Promise.all(
        samples.slice(i, i + 10).map(async (mutation) => {
          const answer = await submit(eventId, applyMutation(base, mutation));
          sent++;
          const context = `seed ${seed}: ${JSON.stringify(mutation)} -> ${answer.status} ${answer.text.slice(0, 300)}`;
          expect(answer.status, context).toBe(400);
          expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
          const paths: string[] = answer.json.errors.map((e: { path: string }) => e.path);
          expect(
            paths.some((p) => p === mutation.path || p.startsWith(`${mutation.path}.`)),
            context,
          ).toBe(true);
        }),
      );
    }

    expect(sent).toBeGreaterThanOrEqual(1000);
    expect(await itemsWritten(eventId)).toEqual(before);
    expect(before).toEqual({ partition: 1, outbox: 0, rateCounted: false });
  });

  it('a line break in any single-line field is refused, naming that field', async () => {
    const { eventId } = await pressEvent('press-crlf');
    const targets = [
      'journalist.name',
      'journalist.email',
      'journalist.phone',
      'journalist.outlet',
      'journalist.country',
      'subject',
      'deadline',
      'topic',
      'language',
    ];
    const base: Record<string, unknown> = inquiryBody();
    for (const path of targets) {
      for (const breakIn of ['\r\n', '\n', '\r', '\r\nBcc: victim@example.net']) {
        const [a, b] = path.split('.') as [string, string?];
        const current = (b ? (base[a] as Record<string, string>)[b] : base[a]) as string;
        const value = `${current.slice(0, 1)}${breakIn}${current.slice(1)}`;
        const answer = await submit(eventId, applyMutation(base, { at: path.split('.'), path, value }));
        expect(answer.status, `${path} ${JSON.stringify(breakIn)}`).toBe(400);
        expect(answer.json.errors.map((e: { path: string }) => e.path)).toContain(path);
      }
    }
    expect(await partitionSize(eventId)).toBe(1);
  });

  it('header-looking lines in the message stay in the message: no recipient, Reply-To or subject is touched', async () => {
    const { eventId } = await pressEvent('press-crlf');
    const message = 'Hello\r\nBcc: victim@example.net\r\nSubject: you won\r\n\r\n<script>alert(1)</script>';
    const answer = await submit(eventId, inquiryBody({ message }));
    expect(answer.status).toBe(202);
    const emails = await emailsOf(eventId, answer.json.id);
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      const headerBound = [
        email.to.email,
        email.to.name ?? '',
        email.replyTo?.email ?? '',
        email.replyTo?.name ?? '',
        String(email.data.subject),
        String(email.data.journalistName),
      ];
      for (const value of headerBound) expect(value).not.toMatch(/[\r\n]/);
      expect(JSON.stringify([email.to, email.replyTo])).not.toContain('victim');
    }
    expect(emails.find((e) => e.kind === 'inquiry-received-contact')?.data.message).toBe(message);
  });
});
