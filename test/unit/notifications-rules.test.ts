/** The mailer's decisions that need no database: which SES errors are retried or uncertain, what suppresses, what confirms a send, what a redrive touches. */
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { describe, expect, it } from 'vitest';
import { sesMailer } from '../../shared/adapters/ses-mailer.ts';
import {
  PermanentDeliveryError,
  RetryableDeliveryError,
  UncertainDeliveryError,
  outboxIdOfSendTag,
  type MessageContent,
} from '../../shared/domain/notifications/outbox-delivery.ts';
import { classifySesError, sesErrorName } from '../../shared/adapters/ses-errors.ts';
import {
  feedbackOfSesMessage,
  feedbackOfSnsEvent,
  sendEventOfSesMessage,
  sendEventsOfSnsEvent,
  sesFeedbackSnsEvent,
} from '../../shared/adapters/ses-feedback.ts';
import { makeRecordSendEvents, type SendConfirmation } from '../../shared/domain/notifications/outbox-confirmation.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import { suppressionPk } from '../../shared/adapters/items/suppressed-address.ts';
import { isRedrivable } from '../../shared/domain/notifications/outbox-redrive.ts';
import { suppressionsFrom } from '../../shared/domain/notifications/outbox-suppression.ts';
import { outboxEntry, type OutboxEntry } from '../../shared/domain/notifications/outbox.ts';

const sdkError = (name: string, httpStatusCode?: number, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error('message that may quote an address'), { name, $metadata: httpStatusCode ? { httpStatusCode } : {}, ...extra });

describe('SES errors', () => {
  it.each([
    ['Throttling', 400],
    ['ThrottlingException', 400],
    ['TooManyRequestsException', 429],
    ['ServiceUnavailable', 503],
    ['InternalFailure', 500],
  ])('%s (HTTP %s) is an answer that refused the message: retried', (name, status) => {
    expect(classifySesError(sdkError(name, status))).toBe('retryable');
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'])('%s: no connection was made, so nothing was sent: retried', (code) => {
    expect(classifySesError(Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code, $metadata: {} }))).toBe('retryable');
  });

  it('the connect timeout (no connection, nothing sent) is retried', () => {
    const error = Object.assign(
      new Error(
        '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 2000 ms.',
      ),
      { name: 'TimeoutError', $metadata: {} },
    );
    expect(classifySesError(error)).toBe('retryable');
  });

  it.each([
    ['the request timeout', { name: 'TimeoutError', code: 'ETIMEDOUT', message: 'a request has exceeded the configured 5000 ms requestTimeout.' }],
    ['a reset after the request went out', { name: 'TimeoutError', code: 'ECONNRESET', message: 'socket hang up' }],
    ['a socket inactivity timeout', { name: 'TimeoutError', message: 'the request socket timed out after 5000 ms of inactivity' }],
    ['an unknown error without an answer', { name: 'Error', message: 'something' }],
  ])('%s leaves the outcome unknown: uncertain, never resent blindly', (_label, shape) => {
    expect(classifySesError(Object.assign(new Error(shape.message), shape, { $metadata: {} }))).toBe('uncertain');
  });

  it('a success answer that could not be read is uncertain (SES took the message)', () => {
    expect(classifySesError(sdkError('DeserializationError', 200))).toBe('uncertain');
  });

  it('an error the SDK marks as throttling is retried whatever its name', () => {
    expect(classifySesError(sdkError('SomethingNew', 400, { $retryable: { throttling: true } }))).toBe('retryable');
  });

  it.each([
    ['MessageRejected', 400],
    ['BadRequestException', 400],
    ['NotFoundException', 404],
    ['SendingPausedException', 400],
    ['AccountSuspendedException', 400],
    ['MailFromDomainNotVerifiedException', 400],
    ['ConfigurationSetDoesNotExistException', 400],
    ['AccountSendingPausedException', 400],
    ['InvalidParameterValue', 400],
    ['SomeOtherClientError', 400],
  ])('%s (HTTP %s) is permanent', (name, status) => {
    expect(classifySesError(sdkError(name, status))).toBe('permanent');
  });

  it('is named by its error name, never its message', () => {
    expect(sesErrorName(sdkError('MessageRejected', 400))).toBe('MessageRejected');
    expect(sesErrorName(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
  });
});

describe('SES feedback', () => {
  it('a permanent bounce suppresses the address, normalised', () => {
    const [feedback] = feedbackOfSnsEvent(
      sesFeedbackSnsEvent({ email: ' Ana@Example.org ', type: 'Permanent', at: new Date('2026-06-01T10:00:00Z') }),
    );
    expect(suppressionsFrom(feedback!)).toEqual([{ email: 'ana@example.org', reason: 'bounce:Permanent/General', at: '2026-06-01T10:00:00.000Z' }]);
  });

  it('a transient bounce does not suppress', () => {
    const [feedback] = feedbackOfSnsEvent(sesFeedbackSnsEvent({ email: 'ana@example.org', type: 'Transient' }));
    expect(feedback?.type).toBe('bounce');
    expect(suppressionsFrom(feedback!)).toEqual([]);
  });

  it('a complaint suppresses', () => {
    const [feedback] = feedbackOfSnsEvent(sesFeedbackSnsEvent({ email: 'ana@example.org', type: 'Complaint' }));
    expect(suppressionsFrom(feedback!).map((s) => s.reason)).toEqual(['complaint:abuse']);
  });

  it('reads identity notifications (notificationType) as well as configuration-set events (eventType)', () => {
    const message = JSON.stringify({
      notificationType: 'Bounce',
      bounce: {
        bounceType: 'Permanent',
        bounceSubType: 'NoEmail',
        bouncedRecipients: [{ emailAddress: 'a@example.org' }, { emailAddress: 'b@example.org' }],
        timestamp: '2026-06-01T10:00:00Z',
      },
    });
    expect(suppressionsFrom(feedbackOfSesMessage(message)!).map((s) => s.email)).toEqual(['a@example.org', 'b@example.org']);
  });

  it('ignores deliveries and anything that is not JSON', () => {
    expect(feedbackOfSesMessage(JSON.stringify({ eventType: 'Delivery', delivery: {} }))).toBeUndefined();
    expect(feedbackOfSesMessage('not json')).toBeUndefined();
  });

  it('reads a Send event carrying our tag as the confirmation of that outbox entry', async () => {
    const event = sesFeedbackSnsEvent({
      type: 'Send',
      tag: '01K00000000000000000000ABC_2',
      messageId: 'ses-1',
      at: new Date('2026-06-01T10:00:00Z'),
    });
    expect(sendEventsOfSnsEvent(event)).toEqual([{ tag: '01K00000000000000000000ABC_2', messageId: 'ses-1', at: '2026-06-01T10:00:00.000Z' }]);
    expect(feedbackOfSnsEvent(event)).toEqual([]);
    const recorded: [string, SendConfirmation][] = [];
    const record = makeRecordSendEvents({
      outbox: { recordSendConfirmation: async (id, c) => void recorded.push([id, c]) },
      clock: manualClock('2026-06-01T10:00:00Z'),
    });
    expect(await record([...sendEventsOfSnsEvent(event), { tag: 'not ours', messageId: 'x', at: '' }])).toBe(1);
    expect(recorded).toEqual([['01K00000000000000000000ABC', { messageId: 'ses-1', at: '2026-06-01T10:00:00.000Z' }]]);
  });

  it('ignores Send events without our tag, and bounces, as confirmations', () => {
    expect(sendEventOfSesMessage(JSON.stringify({ eventType: 'Send', mail: { messageId: 'm', tags: {} } }))).toBeUndefined();
    expect(sendEventsOfSnsEvent(sesFeedbackSnsEvent({ email: 'a@example.org', type: 'Permanent' }))).toEqual([]);
    expect(outboxIdOfSendTag('../../etc_1')).toBeUndefined();
  });

  it('keeps no raw address in the suppression key', () => {
    expect(suppressionPk('Ana@Example.org')).toBe(suppressionPk('ana@example.org'));
    expect(suppressionPk('ana@example.org')).toMatch(/^SUPPRESSED#[0-9a-f]{64}$/);
  });
});

describe('redrive', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const entry = (status: OutboxEntry['status'], extra: Partial<OutboxEntry> = {}): OutboxEntry => ({
    ...outboxEntry({
      id: '01JZ0000000000000000000001',
      eventId: 'sacm-7',
      kind: 'registration-waitlisted',
      to: { email: 'ana@example.org' },
      language: 'es',
      reference: 'SACM7-D-0001',
      subjectId: '01JZ0000000000000000000REG',
      data: { participantName: 'Ana', registrationId: '01JZ0000000000000000000REG' },
      createdAt: '2026-06-01T11:00:00.000Z',
    }),
    status,
    ...extra,
  });

  it('takes failed entries, lapsed claims and pending entries older than the threshold', () => {
    expect(isRedrivable(entry('failed'), now, 5)).toBe(true);
    expect(isRedrivable(entry('sending', { sendingUntil: '2026-06-01T11:59:00.000Z' }), now, 5)).toBe(true);
    expect(isRedrivable(entry('pending'), now, 5)).toBe(true);
  });

  it('leaves sent, suppressed and uncertain entries, live claims and fresh pending entries alone', () => {
    expect(isRedrivable(entry('sent'), now, 0)).toBe(false);
    expect(isRedrivable(entry('uncertain', { attemptedAt: '2026-06-01T10:00:00.000Z' }), now, 0)).toBe(false);
    expect(isRedrivable(entry('suppressed'), now, 0)).toBe(false);
    expect(isRedrivable(entry('sending', { sendingUntil: '2026-06-01T12:01:00.000Z' }), now, 0)).toBe(false);
    expect(isRedrivable(entry('pending', { createdAt: '2026-06-01T11:58:00.000Z' }), now, 5)).toBe(false);
    expect(isRedrivable(entry('pending', { createdAt: '2026-06-01T10:00:00.000Z', redrivenAt: '2026-06-01T11:58:00.000Z' }), now, 5)).toBe(false);
  });
});

/**
 * A minimal message. Its own from and to addresses are not the ones sent: the adapter sends from the configured
 * identity, to the message's one recipient.
 */
const CONTENT: MessageContent = {
  from: { email: 'someone-else@example.org', name: 'Sender' },
  to: { email: 'not-the-recipient@example.org' },
  subject: 'S',
  text: 't',
  html: '<p>t</p>',
  headers: [{ name: 'X-Plenary-Outbox-Id', value: '01K0000000000000000000000' }],
  attachments: [],
};

describe('an unreachable SES', () => {
  it('pauses sending for a moment, so a batch fails fast instead of rendering for nothing', async () => {
    let now = 1_000_000;
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: {} });
    const client = { send: async () => Promise.reject(refused) } as unknown as SESv2Client;
    const mailer = sesMailer({ client, fromAddress: 'a@example.org', configurationSet: 'set', unreachablePauseMs: 1_000, now: () => now });
    expect(mailer.isAvailable?.()).toBe(true);
    await expect(mailer.send({ to: 'b@example.org', content: CONTENT, tag: '01K0000000000000000000000_1' })).rejects.toBeInstanceOf(
      RetryableDeliveryError,
    );
    expect(mailer.isAvailable?.()).toBe(false);
    now += 1_000;
    expect(mailer.isAvailable?.()).toBe(true);
  });

  it('lets one record through as a probe every so often, and the first answer ends the pause', async () => {
    let now = 1_000_000;
    let up = false;
    const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: {} });
    const client = { send: async () => (up ? { MessageId: 'm-1' } : Promise.reject(refused)) } as unknown as SESv2Client;
    const mailer = sesMailer({
      client,
      fromAddress: 'a@example.org',
      configurationSet: 'set',
      unreachablePauseMs: 1_000,
      probeEveryMs: 100,
      now: () => now,
    });
    const message = { to: 'b@example.org', content: CONTENT, tag: '01K0000000000000000000000_1' };
    await expect(mailer.send(message)).rejects.toBeInstanceOf(RetryableDeliveryError);
    now += 100;
    // One probe, then the others of the moment fail fast.
    expect([mailer.isAvailable?.(), mailer.isAvailable?.(), mailer.isAvailable?.()]).toEqual([true, false, false]);
    up = true;
    await expect(mailer.send(message)).resolves.toEqual({ messageId: 'm-1' });
    // SES answered: everyone goes again, without waiting out the rest of the pause.
    expect([mailer.isAvailable?.(), mailer.isAvailable?.()]).toEqual([true, true]);
  });

  it('a throttle or a refusal is an answer: it pauses nothing', async () => {
    const throttled = sdkError('Throttling', 400);
    const client = { send: async () => Promise.reject(throttled) } as unknown as SESv2Client;
    const mailer = sesMailer({ client, fromAddress: 'a@example.org', configurationSet: 'set', backoffMs: () => 0 });
    await expect(mailer.send({ to: 'b@example.org', content: CONTENT, tag: '01K0000000000000000000000_1' })).rejects.toBeInstanceOf(
      RetryableDeliveryError,
    );
    expect(mailer.isAvailable?.()).toBe(true);
  });
});

describe('the SES adapter never sends a message twice by itself', () => {
  const TAG = '01K0000000000000000000000_1';
  const counting = (outcomes: (() => Promise<unknown>)[]) => {
    const inputs: unknown[] = [];
    const client = {
      send: async (command: { input: unknown }) => {
        inputs.push(command.input);
        return (outcomes[inputs.length - 1] ?? outcomes.at(-1)!)();
      },
    } as unknown as SESv2Client;
    return { inputs, mailer: sesMailer({ client, fromAddress: 'a@example.org', configurationSet: 'set', backoffMs: () => 0 }) };
  };
  const timeout = Object.assign(new Error('a request has exceeded the configured 5000 ms requestTimeout.'), {
    name: 'TimeoutError',
    code: 'ETIMEDOUT',
    $metadata: {},
  });

  it('a request that got no answer is reported uncertain after one attempt, and holds back no other email', async () => {
    const { inputs, mailer } = counting([() => Promise.reject(timeout)]);
    await expect(mailer.send({ to: 'b@example.org', content: CONTENT, tag: TAG })).rejects.toBeInstanceOf(UncertainDeliveryError);
    expect(inputs).toHaveLength(1);
    expect(mailer.isAvailable?.()).toBe(true);
  });

  it('throttling and 5xx answers are tried again, three attempts in all, then left to the stream', async () => {
    const { inputs, mailer } = counting([() => Promise.reject(sdkError('Throttling', 400)), () => Promise.reject(sdkError('InternalFailure', 500))]);
    await expect(mailer.send({ to: 'b@example.org', content: CONTENT, tag: TAG })).rejects.toBeInstanceOf(RetryableDeliveryError);
    expect(inputs).toHaveLength(3);
  });

  it('a throttled attempt then a timeout: uncertain, and no third attempt', async () => {
    const { inputs, mailer } = counting([() => Promise.reject(sdkError('Throttling', 400)), () => Promise.reject(timeout)]);
    await expect(mailer.send({ to: 'b@example.org', content: CONTENT, tag: TAG })).rejects.toBeInstanceOf(UncertainDeliveryError);
    expect(inputs).toHaveLength(2);
  });

  it('a refusal is permanent; a success is sent from the identity, to the one recipient, with the tag and the configuration set', async () => {
    const refused = counting([() => Promise.reject(sdkError('MessageRejected', 400))]);
    await expect(refused.mailer.send({ to: 'b@example.org', content: CONTENT, tag: TAG })).rejects.toBeInstanceOf(PermanentDeliveryError);
    const { inputs, mailer } = counting([async () => ({ MessageId: 'ses-1' })]);
    expect(await mailer.send({ to: 'b@example.org', content: CONTENT, tag: TAG })).toEqual({ messageId: 'ses-1' });
    expect(inputs[0]).toMatchObject({
      FromEmailAddress: '"Sender" <a@example.org>',
      Destination: { ToAddresses: ['b@example.org'] },
      ConfigurationSetName: 'set',
      EmailTags: [{ Name: 'plenary-send', Value: TAG }],
      Content: { Simple: { Headers: [{ Name: 'X-Plenary-Outbox-Id', Value: '01K0000000000000000000000' }] } },
    });
    expect(inputs[0]).not.toHaveProperty('Content.Simple.Attachments');
  });
});
