/**
 * The opening rush: 1,000 registrations for one event across all its delegations at concurrency 100, more than
 * fit (the seat capacity and every delegation's quota are exceeded, so the waiting list fills), then a recount:
 * the counters read back and compared with the items counted one by one (active per delegation, seats, waiting
 * list, uniqueness claims). Beside it, the raw `TransactWriteItems` at the same concurrency and count. Prints the
 * tables and writes bench/results/rush.{md,json}; a mismatch is printed, never thrown, and nothing fails on time.
 * `BENCH_QUICK=1`: 200 registrations at concurrency 20, with limits scaled alike.
 */
import { eventPk } from '../shared/adapters/table.ts';
import { holdsClaims, isActive, type RegistrationStatus } from '../shared/domain/registration/registration.ts';
import { startPlatform, type Platform } from '../local/platform.ts';
import { HELD_BACK_MS } from './mailer-held-back.ts';
import { benchDelegations, createBenchEvent, postRegistration, problemType, type BenchLimits, type RegistrationRequest } from './bench-event.ts';
import { renderCallProfiles } from './call-table.ts';
import { profileCalls, startDynamoCallRecorder } from './dynamo-calls.ts';
import { runLoad, type LoadResult } from './load.ts';
import { rawRegistrationTransaction } from './raw-transactions.ts';
import { ratio } from './stats.ts';
import { markdownTable, writeResults, type Cell } from './table.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const REQUESTS = QUICK ? 200 : 1_000;
const CONCURRENCY = QUICK ? 20 : 100;
/** Long enough for every request on a loaded 2-core machine; the loop stops starting new ones after it. */
const MAX_MS = 300_000;
/** The issue's target: accepted registrations per second at least this share of the raw transaction's rate. */
const THROUGHPUT_TARGET = 0.8;

/**
 * Less room than requests, on both limits: per delegation about 62 requests (16 delegations) against a quota of
 * 40 (observers 20), and the 560 places the quotas allow against a capacity of 500 (quick run: a fifth of each).
 */
const RUSH_LIMITS: BenchLimits = {
  capacity: Math.round(REQUESTS / 2),
  quotas: { member_state: Math.round(REQUESTS / 25), observer: Math.round(REQUESTS / 50) },
};

/**
 * Request `index`: delegations in turn; the first two requests of each member state ask to be its head (one must
 * be refused), and every 50th request reuses the previous one's email (one of the two must be refused).
 */
const requestFor = (index: number, runTag: string): RegistrationRequest => {
  const delegations = benchDelegations();
  const delegation = delegations[index % delegations.length]!;
  const round = Math.floor(index / delegations.length);
  const role = delegation.kind === 'observer' ? 'observer' : round < 2 ? 'head_of_delegation' : 'delegate';
  const emailIndex = index > 0 && index % 50 === 0 ? index - 1 : index;
  return { email: `rush-${runTag}-${emailIndex}@example.org`, delegation: delegation.code, role };
};

interface Outcomes {
  /** `201 pending_approval`, `201 waitlisted`, `409 head-of-delegation-taken`, `503 busy`... -> count. */
  byKind: Record<string, number>;
}

interface Check {
  what: string;
  counter: number | string;
  recount: number | string;
  matches: boolean;
}

type Item = Record<string, unknown>;

/** Every item of the event partition, read strongly consistently after the rush: counters and items together. */
const eventItems = async (eventId: string): Promise<Item[]> => {
  const { queryAll } = await import('../shared/adapters/dynamo.ts');
  const { env } = await import('../shared/adapters/env.ts');
  return queryAll({
    TableName: env.tableName,
    KeyConditionExpression: 'PK = :pk',
    ExpressionAttributeValues: { ':pk': eventPk(eventId) },
    ConsistentRead: true,
  });
};

/** The counters against the items counted one by one, and the limits against both. */
const recount = (items: Item[], limits: BenchLimits, created: number): Check[] => {
  const sk = (item: Item) => String(item.SK);
  const number = (item: Item | undefined, name: string) => Number(item?.[name] ?? 0);
  const bySk = new Map(items.map((item) => [sk(item), item]));
  const registrations = items.filter((item) => item.type === 'registration') as (Item & {
    status: RegistrationStatus;
    delegation: string;
    role: string;
    id: string;
  })[];
  const active = registrations.filter((r) => isActive(r.status));
  const claimHolders = registrations.filter((r) => holdsClaims(r.status));
  const checks: Check[] = [];
  const check = (what: string, counter: number | string, recounted: number | string, matches = counter === recounted) =>
    checks.push({ what, counter, recount: recounted, matches });

  check('registrations stored = 201 answers', created, registrations.length);
  const seats = number(bySk.get('COUNTER#SEATS'), 'active');
  check('seats held (COUNTER#SEATS) = active registrations', seats, active.length);
  check(`seats held ≤ capacity ${limits.capacity}`, seats, limits.capacity, seats <= limits.capacity);
  for (const { code, kind } of benchDelegations()) {
    const counted = number(bySk.get(`COUNTER#QUOTA#${code}`), 'active');
    const recounted = active.filter((r) => r.delegation === code).length;
    const quota = limits.quotas[kind];
    check(`${code}: quota counter = active registrations (quota ${quota})`, counted, recounted, counted === recounted && counted <= quota);
  }
  const waiting = number(bySk.get('COUNTER#WAITLIST'), 'waiting');
  const waitlisted = registrations.filter((r) => r.status === 'waitlisted').length;
  const entries = items.filter((item) => sk(item).startsWith('WAIT#')).length;
  check('waiting (COUNTER#WAITLIST) = waitlisted registrations', waiting, waitlisted);
  check('WAIT# entries = waitlisted registrations', entries, waitlisted);
  const holderIds = new Set(claimHolders.map((r) => r.id));
  const claims = (prefix: string) => items.filter((item) => sk(item).startsWith(prefix));
  const emailClaims = claims('EMAIL#');
  check('EMAIL# claims = registrations holding claims (active or waitlisted)', emailClaims.length, claimHolders.length);
  const hodClaims = claims('HOD#');
  check('HOD# claims = heads of delegation holding claims', hodClaims.length, claimHolders.filter((r) => r.role === 'head_of_delegation').length);
  const orphans = [...emailClaims, ...hodClaims].filter((claim) => !holderIds.has(String(claim.registrationId))).length;
  check('claims held by no active or waitlisted registration', 0, orphans);
  return checks;
};

const labelOf = async (response: Response): Promise<string> => {
  const text = await response.text();
  if (response.status === 201) return `201 ${(JSON.parse(text) as { status?: string }).status ?? '?'}`;
  const type = problemType(text);
  return `${response.status}${type ? ` ${type}` : ''}`;
};

const runRush = async (platform: Platform, eventId: string, runTag: string, outcomes: Outcomes): Promise<LoadResult> =>
  runLoad({ concurrency: CONCURRENCY, maxOperations: REQUESTS, maxMs: MAX_MS }, async (index) => {
    const label = await labelOf(await postRegistration(platform.apiUrl, eventId, requestFor(index, runTag), index));
    outcomes.byKind[label] = (outcomes.byKind[label] ?? 0) + 1;
    // Every 201 is a registration the rush took, seated or waitlisted: the load loop times those.
    return label.startsWith('201 ') ? 'ok' : label;
  });

export const runRushBenchmark = async (): Promise<void> => {
  // The mailer is held back while the rows are measured (the stream is read once an hour, then drained at the end):
  // in AWS it is a Lambda of its own, so its work (composing, the SES emulator parsing what it receives) must not
  // share the measured registrations' CPU, as it would in this one process.
  const platform = await startPlatform({ memory: true, port: 0, seed: true, quiet: true, streamPollMs: HELD_BACK_MS });
  const recorder = await startDynamoCallRecorder();
  try {
    const runTag = `rush-${Date.now().toString(36)}`;
    const eventId = `bench-${runTag}`;
    await createBenchEvent(eventId, 'BENCHRUSH', RUSH_LIMITS);
    // The floor first, while the machine is not yet busy with the rush's emails.
    const transact = rawRegistrationTransaction(platform, runTag);
    await transact(-1);
    const raw = await runLoad({ concurrency: CONCURRENCY, maxOperations: REQUESTS, maxMs: MAX_MS }, transact);
    // One unmeasured registration in another event: loads the handler before the clock starts.
    const warmId = `${eventId}-warm`;
    await createBenchEvent(warmId, 'BENCHWARM');
    await postRegistration(platform.apiUrl, warmId, requestFor(0, `${runTag}-warm`), -1).then((r) => r.text());
    recorder.take();

    if (process.stderr.isTTY) process.stderr.write(`rush: ${REQUESTS} registrations at concurrency ${CONCURRENCY}\n`);
    const outcomes: Outcomes = { byKind: {} };
    const rush = await runRush(platform, eventId, runTag, outcomes);
    const calls = recorder.take();
    const checks = recount(await eventItems(eventId), RUSH_LIMITS, rush.ok);
    const allMatch = checks.every((c) => c.matches);
    const answered = Object.values(outcomes.byKind).reduce((a, b) => a + b, 0);
    const throughputRatio = rush.perSecond / raw.perSecond;

    const registerProfile = profileCalls(calls).filter((p) => p.functionName === 'registration/register');
    const markdown = [
      '## The opening rush',
      '',
      `${REQUESTS} registrations for one event at concurrency ${CONCURRENCY}, across its ${benchDelegations().length} delegations in turn ` +
        `(capacity ${RUSH_LIMITS.capacity}, quotas ${RUSH_LIMITS.quotas.member_state} per member state and ${RUSH_LIMITS.quotas.observer} per observer, ` +
        'approval required, waiting list on); the first two requests of each member state ask to be its head and every 50th reuses the ' +
        'previous email. Each request carries its own Idempotency-Key; refusals are not retried. The mailer is held back during the ' +
        'rush (in AWS it is another function, on other CPUs). The raw transaction (the 9 elements a registration writes) ran first, alone, at the same concurrency and count.',
      '',
      markdownTable(
        ['run', 'answered/started', 'wall s', 'answers/s', 'accepted (201)/s', 'p50 ms (201)', 'p99 ms (201)'],
        [
          [
            'registrations',
            `${answered}/${rush.started}`,
            rush.elapsedMs / 1000,
            answered / (rush.elapsedMs / 1000),
            rush.perSecond,
            rush.latencyMs.median,
            rush.latencyMs.p99,
          ],
          [
            `raw TransactWriteItems`,
            `${raw.ok}/${raw.started}`,
            raw.elapsedMs / 1000,
            raw.perSecond,
            raw.perSecond,
            raw.latencyMs.median,
            raw.latencyMs.p99,
          ],
        ],
        [false, true, true, true, true, true, true],
      ),
      '',
      `Accepted registrations per second / raw transactions per second: **${ratio(rush.perSecond, raw.perSecond)}** ` +
        `(target ≥ ${THROUGHPUT_TARGET}x: ${Number.isFinite(throughputRatio) ? (throughputRatio >= THROUGHPUT_TARGET ? 'met' : 'NOT met') : '—'}).`,
      '',
      '### Outcomes by kind',
      '',
      markdownTable(
        ['outcome', 'count'],
        Object.entries(outcomes.byKind)
          .sort((a, b) => b[1] - a[1])
          .map(([kind, count]): Cell[] => [kind, count]),
        [false, true],
      ),
      '',
      '### Recount: counters against the items, counted one by one',
      '',
      markdownTable(
        ['check', 'counter', 'recount', 'matches'],
        checks.map((c): Cell[] => [c.what, c.counter, c.recount, c.matches ? 'yes' : '**NO**']),
        [false, true, true, false],
      ),
      '',
      allMatch ? 'Every counter matches its recount.' : '**A counter does not match its recount: see the rows marked NO.**',
      '',
      renderCallProfiles(
        '### DynamoDB calls per registration during the rush',
        'As in the registrations benchmark, for the rush only: contention shows as failed calls (cancelled transactions) and deeper chains (retries).',
        registerProfile.map((profile) => ({ level: `rush, concurrency ${CONCURRENCY}`, profile })),
      ),
    ].join('\n');
    console.log(markdown);
    const path = writeResults('rush', markdown, {
      node: process.version,
      quick: QUICK,
      requests: REQUESTS,
      concurrency: CONCURRENCY,
      limits: RUSH_LIMITS,
      rush,
      raw,
      outcomes: outcomes.byKind,
      checks,
      allMatch,
      throughputRatio,
      calls: registerProfile,
    });
    console.log(`\n(written to ${path})`);
  } finally {
    recorder.stop();
    await platform.stop();
  }
};
