/**
 * Issue 3: registration throughput through the local platform's HTTP server at concurrency 1, 10 and 50,
 * beside the raw `TransactWriteItems` rate against the same DynamoDB Local and a GET of the event as the
 * HTTP stack's own reference. Prints a table and writes bench/results/registrations.{md,json}.
 * Traffic goes only to 127.0.0.1; every loop is bounded by a count and a duration.
 */
import { routes } from '../functions/routes.ts';
import { EventConfigBody, toStoredEvent } from '../shared/domain/event-use-cases.ts';
import { sampleEvent } from '../shared/domain/sample-event.ts';
import { systemClock } from '../shared/domain/clock.ts';
import { startPlatform, type Platform } from '../local/platform.ts';
import { runLoad, type LoadLimits, type LoadResult, type Operation } from './load.ts';
import { rawRegistrationTransaction } from './raw-transactions.ts';
import { markdownTable, writeResults, type Cell } from './table.ts';

const CONCURRENCIES = [1, 10, 50];
const LIMITS = { maxOperations: 200, maxMs: 10_000 };
const REGISTRATION_ROUTE = { method: 'POST', path: '/api/events/{eventId}/registrations' };
const MEMBER_STATES = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE'];

interface Row {
  operation: string;
  result: LoadResult;
}

/** A fresh, open event per concurrency level, with room for every request (no waitlist, no quota refusals). */
const createBenchEvent = async (eventId: string, code: string): Promise<void> => {
  // Loaded only now, never statically: the platform sets TABLE_NAME and DYNAMODB_ENDPOINT before any adapter
  // module loads, and refuses to start if one was loaded earlier.
  const { dynamoEventStore } = await import('../shared/adapters/events-store.ts');
  const base = sampleEvent(new Date());
  const body = EventConfigBody.parse({
    ...base,
    code,
    // Every request comes from one client (127.0.0.1): lift the per-client rate limit, which is not under measure.
    registration: { ...base.registration, capacity: 100_000, quotas: { member_state: 10_000, observer: 10_000 }, clientLimitPerHour: 100_000 },
  });
  await dynamoEventStore().put(toStoredEvent(eventId, body, systemClock));
};

const registrationBody = (index: number, tag: string) =>
  JSON.stringify({
    participant: {
      title: 'Ms.',
      givenName: 'Bench',
      familyName: `Delegate ${index}`,
      email: `bench-${tag}-${index}@example.org`,
      phone: '+58 212 555 0100',
      position: 'Adviser',
      institution: 'Ministry of Foreign Affairs',
    },
    delegation: MEMBER_STATES[index % MEMBER_STATES.length],
    role: 'delegate',
    language: 'en',
    needs: { accessibility: '', dietary: '' },
    consent: { dataProcessing: true, listInParticipants: false },
  });

/** 'ok' for the expected status, else the status and problem type, e.g. `409 already-registered`. */
const httpOperation =
  (expected: number, request: (index: number) => Promise<Response>): Operation =>
  async (index) => {
    const response = await request(index);
    const text = await response.text();
    if (response.status === expected) return 'ok';
    const type = /"type"\s*:\s*"\/problems\/([\w-]+)"/.exec(text)?.[1];
    return `${response.status}${type ? ` ${type}` : ''}`;
  };

const measureLevel = async (platform: Platform, concurrency: number, withRegistrations: boolean): Promise<Row[]> => {
  const tag = `c${concurrency}-${Date.now().toString(36)}`;
  const eventId = `bench-${tag}`;
  await createBenchEvent(eventId, `BENCHC${concurrency}`);
  const limits: LoadLimits = { concurrency, ...LIMITS };
  const eventUrl = `${platform.apiUrl}/events/${eventId}`;
  const getEvent = httpOperation(200, () => fetch(eventUrl));
  const register = httpOperation(201, (index) =>
    fetch(`${eventUrl}/registrations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: registrationBody(index, tag) }),
  );
  const transact = rawRegistrationTransaction(platform, tag);

  // One unmeasured call of each first: loads the handler modules and opens connections.
  const ignore = () => undefined;
  await getEvent(-1).catch(ignore);
  await transact(-1).catch(ignore);
  if (withRegistrations) await register(-1).catch(ignore);

  const rows: Row[] = [{ operation: 'GET /api/events/{id} (HTTP stack reference)', result: await runLoad(limits, getEvent) }];
  if (withRegistrations) rows.push({ operation: 'POST /api/events/{id}/registrations', result: await runLoad(limits, register) });
  rows.push({ operation: 'raw TransactWriteItems, 6 conditional items', result: await runLoad(limits, transact) });
  return rows;
};

const failuresText = (failures: Record<string, number>) =>
  Object.entries(failures)
    .map(([outcome, count]) => `${count}× ${outcome}`)
    .join(', ') || '0';

const render = (rows: Row[], skipped: string | undefined): string => {
  const ordered = [...rows].sort((a, b) => a.operation.localeCompare(b.operation) || a.result.concurrency - b.result.concurrency);
  const cells = ordered.map(({ operation, result }): Cell[] => [
    operation,
    result.concurrency,
    `${result.ok}/${result.started}`,
    failuresText(result.failures),
    result.perSecond,
    result.latencyMs.median,
    result.latencyMs.p99,
  ]);
  return [
    '## Registration throughput (local platform, DynamoDB Local in memory)',
    '',
    `Each level: a fresh event (capacity 100,000, quotas 10,000), at most ${LIMITS.maxOperations} operations or ` +
      `${LIMITS.maxMs / 1000} s, after one unmeasured warm-up call. ops/s counts successful operations over wall time; ` +
      'latencies are of successful operations. DynamoDB Local is not DynamoDB: compare rows with each other, not with AWS.',
    ...(skipped ? ['', `**Registration rows skipped:** ${skipped}.`] : []),
    '',
    markdownTable(['operation', 'concurrency', 'ok/started', 'failures', 'ops/s', 'p50 ms', 'p99 ms'], cells, [
      false,
      true,
      true,
      false,
      true,
      true,
      true,
    ]),
  ].join('\n');
};

export const runRegistrations = async (): Promise<void> => {
  const hasRoute = routes.some((r) => r.method === REGISTRATION_ROUTE.method && r.path === REGISTRATION_ROUTE.path);
  const skipped = hasRoute ? undefined : `\`${REGISTRATION_ROUTE.method} ${REGISTRATION_ROUTE.path}\` is not in the route table yet`;
  const platform = await startPlatform({ memory: true, port: 0, seed: true, quiet: true });
  try {
    const rows: Row[] = [];
    for (const concurrency of CONCURRENCIES) rows.push(...(await measureLevel(platform, concurrency, hasRoute)));
    const markdown = render(rows, skipped);
    console.log(markdown);
    const path = writeResults('registrations', markdown, { node: process.version, limits: LIMITS, skipped, rows });
    console.log(`\n(written to ${path})`);
  } finally {
    await platform.stop();
  }
};
