/**
 * Routes that exist only on the local platform, under `/local/...` (never under /api, never in AWS):
 * demo sign-in, draining the stream reader, switching the SES emulator off and on for fault tests, and the bench's
 * bare read of an event item.
 * Add a route by adding an entry to `devRoutes`.
 */
import type { Context, SNSEvent } from 'aws-lambda';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../shared/adapters/dynamo.ts';
import { env } from '../shared/adapters/env.ts';
import { eventConfigKey } from '../shared/adapters/items/event-config.ts';
import { sesFeedbackSnsEvent } from '../shared/adapters/ses-feedback.ts';
import { workers } from '../functions/workers.ts';
import { runAs } from './dynamodb-permissions.ts';
import { loadFunction } from './function-loader.ts';
import { lambdaContext } from './lambda-context.ts';
import type { LocalAuth } from './local-auth.ts';
import type { LocalUserList } from './local-users.ts';
import type { DeadLetter } from './stream-consumer.ts';
import type { SesLocal } from './ses-local.ts';
import type { ScheduledRunner } from './worker-bindings.ts';

export interface DevContext {
  auth: LocalAuth;
  /** Who may sign in locally (the colleague routes change it). */
  users: LocalUserList;
  streams: { drain(): Promise<void>; deadLetters: readonly DeadLetter[] };
  ses: SesLocal;
  /** The web mailbox of the SES emulator. */
  sesUrl: string;
  schedules: ScheduledRunner;
}

export interface DevAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type DevRoute = (context: DevContext, request: { body: unknown; url: URL }) => Promise<DevAnswer>;

const problem = (status: number, title: string, detail: string): DevAnswer => ({
  status,
  body: { type: '/problems/local-dev-route', title, status, detail },
  headers: { 'Content-Type': 'application/problem+json' },
});

export const devRoutes: Record<string, DevRoute> = {
  /** Who the local sign-in page offers: every user of the local list, with their groups (no password locally). */
  'GET /local/users': async ({ users }) => ({
    status: 200,
    body: { items: users.all().map(({ username, email, groups, status, enabled }) => ({ username, email, groups, status, enabled })) },
  }),

  /**
   * `{ "user": "<username>" }` -> `{ token, user, groups }`: a token with the claims a Cognito sign-in gives that user of
   * the local list (`secretariat` and `press` are the sample users). An invited user's first sign-in makes them active.
   */
  'POST /local/sign-in': async ({ auth, users }, { body }) => {
    const name = (body as { user?: unknown } | undefined)?.user;
    const user = typeof name === 'string' ? users.find(name) : undefined;
    if (!user) return problem(400, 'Unknown user', 'user must be the username of a local user (GET /local/users)');
    if (!user.enabled) return problem(403, 'Disabled user', 'This local user is disabled');
    if (user.status === 'invited') users.put({ ...user, status: 'active' });
    const token = await auth.sign({ sub: user.sub, email: user.email, groups: user.groups });
    return { status: 200, body: { token, user: user.username, groups: user.groups } };
  },

  /**
   * An event's configuration item, read with one strongly consistent GetItem and sent back as it is: no API
   * gateway event, no middy stack, no use case. The bench's floor for `GET /api/events/{id}` ("a bare GetItem
   * through the same server", bench/README.md); locally only, like every route here.
   */
  'GET /local/event-item': async (_context, { url }) => {
    const eventId = url.searchParams.get('eventId');
    if (!eventId) return problem(400, 'No event', 'eventId is required');
    const { Item } = await documentClient().send(new GetCommand({ TableName: env.tableName, Key: eventConfigKey(eventId), ConsistentRead: true }));
    return Item ? { status: 200, body: Item } : problem(404, 'No such event', 'No configuration item for this event');
  },

  /** Returns once every stream record written so far has been handed to the workers and settled or dead-lettered. */
  'POST /local/streams/drain': async ({ streams }) => {
    await streams.drain();
    return { status: 200, body: { drained: true, deadLetters: streams.deadLetters.length } };
  },

  /** What the stream reader gave up on (sequence numbers, no images). */
  'GET /local/streams/dead-letters': async ({ streams }) => ({ status: 200, body: { items: streams.deadLetters } }),

  /** Runs every scheduled worker now instead of waiting for the timer. */
  'POST /local/schedules/run': async ({ schedules }) => {
    await schedules.runAll();
    return { status: 200, body: { ran: true } };
  },

  'POST /local/ses/stop': async ({ ses }) => {
    await ses.stop();
    return { status: 200, body: { ses: 'stopped' } };
  },

  'POST /local/ses/start': async ({ ses }) => {
    await ses.start();
    return { status: 200, body: { ses: 'running' } };
  },

  /**
   * `{ "ms": 8000 }`: the SES emulator takes each message at once but answers only after `ms` (past the mailer's
   * 5 s timeout, its sends become `uncertain`); `{ "ms": 0 }` answers at once again.
   */
  'POST /local/ses/slow': async ({ ses }, { body }) => {
    const ms = (body as { ms?: unknown } | undefined)?.ms;
    if (typeof ms !== 'number' || !Number.isInteger(ms) || ms < 0 || ms > 120_000)
      return problem(400, 'Invalid delay', 'ms must be an integer from 0 to 120000');
    ses.answerAfter(ms);
    return { status: 200, body: { answerAfterMs: ms } };
  },

  /** The mailbox lives on the emulator's own port; this link works from any page of the site. */
  'GET /local/mailbox': async ({ sesUrl }) => ({ status: 302, headers: { Location: sesUrl } }),

  /**
   * `{ "email": "...", "type": "Permanent" | "Transient" | "Complaint" }`: SES reporting a bounce or complaint
   * for that address, handed to the same SNS-triggered handler as in AWS (functions/notifications/ses-feedback.ts).
   */
  'POST /local/ses/bounce': async (_context, { body }) => {
    const { email, type = 'Permanent' } = (body ?? {}) as { email?: unknown; type?: unknown };
    if (typeof email !== 'string' || !email.includes('@')) return problem(400, 'Invalid bounce', 'email must be an email address');
    if (type !== 'Permanent' && type !== 'Transient' && type !== 'Complaint')
      return problem(400, 'Invalid bounce', 'type must be Permanent, Transient or Complaint');
    const worker = workers.find((w) => w.trigger === 'ses-notifications')!;
    const handler = await loadFunction<(event: SNSEvent, context: Context) => Promise<{ suppressed: number }>>(worker.handler);
    const result = await runAs(worker, () => handler(sesFeedbackSnsEvent({ email, type }), lambdaContext('plenary-ses-bounces', 30_000)));
    return { status: 200, body: result };
  },
};
