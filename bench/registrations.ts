/**
 * Issues 3 and "close to the limit": registration throughput through the local platform's HTTP server at
 * concurrency 1, 10 and 50, beside the raw `TransactWriteItems` rate against the same DynamoDB Local and a GET of
 * the event beside its floors (the HTTP stack alone, a bare GetItem); the DynamoDB calls each operation makes
 * (count, sequential depth, capacity units); and what 10,000 registrations cost in AWS. Prints the tables and
 * writes bench/results/registrations.{md,json}. Traffic goes only to 127.0.0.1; every loop is bounded by a count
 * and a duration. `BENCH_QUICK=1`: fewer levels and operations, to check that it runs.
 */
import { routes } from '../functions/routes.ts';
import { eventConfigKey } from '../shared/adapters/items/event-config.ts';
import { startPlatform, type Platform } from '../local/platform.ts';
import { HELD_BACK_MS, drainAll } from './mailer-held-back.ts';
import { createBenchEvent, emailsSent, httpOperation, postRegistration, benchDelegations } from './bench-event.ts';
import { COST_TARGET_PER_10K, renderCost } from './cost.ts';
import { billedTransactionUnits, busyMs, profileCalls, startDynamoCallRecorder, type DynamoCallRecorder, type RecordedCall } from './dynamo-calls.ts';
import { runInterleaved, runLoad, type LoadLimits, type LoadResult } from './load.ts';
import { RAW_TRANSACTION_ITEMS, rawGetItem, rawRegistrationTransaction, type RawCapacity } from './raw-transactions.ts';
import { ratio } from './stats.ts';
import { renderCallProfiles } from './call-table.ts';
import { markdownTable, writeResults, type Cell } from './table.ts';

const QUICK = process.env.BENCH_QUICK === '1';
const CONCURRENCIES = QUICK ? [1, 10] : [1, 10, 50];
const LIMITS = QUICK ? { maxOperations: 30, maxMs: 5_000 } : { maxOperations: 200, maxMs: 10_000 };
const REGISTRATION_ROUTE = { method: 'POST', path: '/api/events/{eventId}/registrations' };

const OP = {
  health: 'GET /api/health (HTTP stack, no DynamoDB)',
  getEvent: 'GET /api/events/{id}',
  rawGet: 'raw GetItem of the event item (no HTTP)',
  bareGet: 'GET /local/event-item (one GetItem through the same server, no API stack)',
  register: 'POST /api/events/{id}/registrations',
  rawTransaction: `raw TransactWriteItems, ${RAW_TRANSACTION_ITEMS} conditional items (no HTTP)`,
} as const;

/** The functions behind the operations, as the route table names them. */
const FUNCTIONS = { getEvent: 'events/get-event', register: 'registration/register', mailer: 'outbox-mailer' } as const;

interface Row {
  operation: string;
  result: LoadResult;
}

interface Level {
  concurrency: number;
  rows: Row[];
  calls: RecordedCall[];
}

const measureLevel = async (
  platform: Platform,
  recorder: DynamoCallRecorder,
  concurrency: number,
  withRegistrations: boolean,
  raw: { transaction: RawCapacity; get: RawCapacity },
): Promise<Level> => {
  const tag = `c${concurrency}-${Date.now().toString(36)}`;
  const eventId = `bench-${tag}`;
  await createBenchEvent(eventId, `BENCHC${concurrency}`);
  const limits: LoadLimits = { concurrency, ...LIMITS };
  const eventUrl = `${platform.apiUrl}/events/${eventId}`;
  const delegations = benchDelegations();
  const health = httpOperation(200, () => fetch(`${platform.apiUrl}/health`));
  const getEvent = httpOperation(200, () => fetch(eventUrl));
  const register = httpOperation(201, (index) => {
    const delegation = delegations[Math.abs(index) % delegations.length]!;
    const role = delegation.kind === 'observer' ? 'observer' : 'delegate';
    return postRegistration(platform.apiUrl, eventId, { email: `bench-${tag}-${index}@example.org`, delegation: delegation.code, role }, index);
  });
  const transact = rawRegistrationTransaction(platform, tag, raw.transaction);
  const getItem = rawGetItem(platform, eventConfigKey(eventId), raw.get);
  const bareGet = httpOperation(200, () => fetch(`${platform.baseUrl}/local/event-item?eventId=${encodeURIComponent(eventId)}`));

  // One unmeasured call of each first: loads the handler modules and opens connections.
  const ignore = () => undefined;
  await health(-1).catch(ignore);
  await getEvent(-1).catch(ignore);
  await transact(-1).catch(ignore);
  await getItem().catch(ignore);
  await bareGet(-1).catch(ignore);
  if (withRegistrations) await register(-1).catch(ignore);

  // The GET and its floor alternate in one run (twice the operations), so the ratio compares like with like.
  const [getEventResult, bareGetResult] = await runInterleaved({ ...limits, maxOperations: limits.maxOperations * 2 }, getEvent, (index) =>
    bareGet(index),
  );
  const rows: Row[] = [
    { operation: OP.health, result: await runLoad(limits, health) },
    { operation: OP.getEvent, result: getEventResult },
    { operation: OP.rawGet, result: await runLoad(limits, getItem) },
    { operation: OP.bareGet, result: bareGetResult },
  ];
  if (withRegistrations) rows.push({ operation: OP.register, result: await runLoad(limits, register) });
  rows.push({ operation: OP.rawTransaction, result: await runLoad(limits, transact) });
  return { concurrency, rows, calls: recorder.take() };
};

const failuresText = (failures: Record<string, number>) =>
  Object.entries(failures)
    .map(([outcome, count]) => `${count}× ${outcome}`)
    .join(', ') || '0';

const resultOf = (level: Level, operation: string) => level.rows.find((row) => row.operation === operation)?.result;

const renderThroughput = (levels: Level[], skipped: string | undefined): string => {
  const ordered = levels
    .flatMap((level) => level.rows)
    .sort((a, b) => a.operation.localeCompare(b.operation) || a.result.concurrency - b.result.concurrency);
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
      `${LIMITS.maxMs / 1000} s per row, after one unmeasured warm-up call. Registrations carry an Idempotency-Key, as the form sends them. ` +
      'ops/s counts successful operations over wall time; latencies are of successful operations. ' +
      'DynamoDB Local is not DynamoDB: compare rows with each other, not with AWS.',
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

/** The latency and throughput targets, as ratios of rows measured in the same level of the same run. */
const TARGETS = { registrationVsTransaction: 2, getVsBareGet: 1.2 };

const renderRatios = (levels: Level[]): string => {
  const cells = levels.map((level): Cell[] => {
    const p50 = (op: string) => resultOf(level, op)?.latencyMs.median ?? Number.NaN;
    const perSecond = (op: string) => resultOf(level, op)?.perSecond ?? Number.NaN;
    const registration = p50(OP.register) / p50(OP.rawTransaction);
    // A bare GetItem through the same server: the local route that only reads the item and sends it back.
    const bareGet = p50(OP.bareGet);
    const get = p50(OP.getEvent) / bareGet;
    const verdict = (value: number, target: number) => (Number.isFinite(value) ? (value <= target ? 'within' : 'OVER') : '—');
    return [
      level.concurrency,
      ratio(p50(OP.register), p50(OP.rawTransaction)),
      level.concurrency === 1 ? verdict(registration, TARGETS.registrationVsTransaction) : '',
      ratio(perSecond(OP.register), perSecond(OP.rawTransaction)),
      ratio(p50(OP.getEvent), bareGet),
      level.concurrency === 1 ? verdict(get, TARGETS.getVsBareGet) : '',
    ];
  });
  return [
    '## Ratios (same level, same run)',
    '',
    `Targets at concurrency 1: registration p50 ≤ ${TARGETS.registrationVsTransaction}x the raw transaction's; GET of the event p50 ≤ ` +
      `${TARGETS.getVsBareGet}x a bare GetItem through the same server (GET /local/event-item: the same HTTP server, one GetItem of the same item, ` +
      'its JSON sent back; no API gateway event, middy stack or use case).',
    '',
    markdownTable(
      [
        'concurrency',
        'registration p50 / raw transaction p50',
        `≤ ${TARGETS.registrationVsTransaction}x`,
        'registration ops/s / raw transaction ops/s',
        'GET event p50 / bare GetItem through the server p50',
        `≤ ${TARGETS.getVsBareGet}x`,
      ],
      cells,
      [true, true, false, true, true, false],
    ),
  ].join('\n');
};

/** The round-trip target for a registration's common path, idempotency record included. */
const MAX_REGISTRATION_DEPTH = 3;

export const runRegistrations = async (): Promise<void> => {
  const hasRoute = routes.some((r) => r.method === REGISTRATION_ROUTE.method && r.path === REGISTRATION_ROUTE.path);
  const skipped = hasRoute ? undefined : `\`${REGISTRATION_ROUTE.method} ${REGISTRATION_ROUTE.path}\` is not in the route table yet`;
  // The mailer is held back while the rows are measured (the stream is read once an hour, then drained at the end):
  // in AWS it is a Lambda of its own, so its work (composing, the SES emulator parsing what it receives) must not
  // share the measured registrations' CPU, as it would in this one process.
  const platform = await startPlatform({ memory: true, port: 0, seed: true, quiet: true, streamPollMs: HELD_BACK_MS });
  const recorder = await startDynamoCallRecorder();
  try {
    const raw = { transaction: { calls: 0, capacityUnits: 0 }, get: { calls: 0, capacityUnits: 0 } };
    const emailsBefore = await emailsSent(platform.sesEndpoint);
    const levels: Level[] = [];
    for (const concurrency of CONCURRENCIES) {
      if (process.stderr.isTTY) process.stderr.write(`registrations: concurrency ${concurrency}\n`);
      levels.push(await measureLevel(platform, recorder, concurrency, hasRoute, raw));
    }
    // Every email the registrations owe, sent: the mailer's calls per email are over the whole run.
    await drainAll(platform, () => emailsSent(platform.sesEndpoint));
    const emails = (await emailsSent(platform.sesEndpoint)) - emailsBefore;
    const allCalls = [...levels.flatMap((level) => level.calls), ...recorder.take()];
    const mailer = profileCalls(allCalls, { [FUNCTIONS.mailer]: Math.max(1, emails) }).find((p) => p.functionName === FUNCTIONS.mailer);
    const mailerWork = busyMs(allCalls, FUNCTIONS.mailer, 'OUTBOX#');

    const profileRows = levels.flatMap((level) =>
      profileCalls(level.calls.filter((call) => call.functionName !== FUNCTIONS.mailer))
        .sort((a, b) => a.functionName.localeCompare(b.functionName))
        .map((profile) => ({ level: `concurrency ${level.concurrency}`, profile })),
    );
    if (mailer) profileRows.push({ level: `per email (${emails} sent)`, profile: mailer });
    const callsMarkdown = renderCallProfiles(
      '## DynamoDB calls per operation',
      'Every call the functions made, metered on the client (`observeDynamoCalls`, shared/adapters/dynamo-call-meter.ts; Powertools idempotency ' +
        'included), grouped by invocation. "sequential" is the longest chain of calls one invocation waited for one after another. ' +
        `Capacity as DynamoDB Local reports it (\`ReturnConsumedCapacity: TOTAL\`; failed calls report none). Target: a registration's ` +
        `common path (concurrency 1) makes at most ${MAX_REGISTRATION_DEPTH} sequential calls, its idempotency record included.`,
      profileRows,
    );
    const registerAt1 = profileRows.find((r) => r.level === 'concurrency 1' && r.profile.functionName === FUNCTIONS.register)?.profile;
    const depthVerdict = registerAt1
      ? `Registration at concurrency 1: ${registerAt1.depthMedian} sequential calls (p50), target ≤ ${MAX_REGISTRATION_DEPTH}: ` +
        `${registerAt1.depthMedian <= MAX_REGISTRATION_DEPTH ? 'within' : 'OVER'}.`
      : 'Registration at concurrency 1: not measured.';

    const level1 = levels[0] as Level;
    const profiles1 = profileCalls(level1.calls);
    const rawPerTransaction = raw.transaction.calls ? raw.transaction.capacityUnits / raw.transaction.calls : Number.NaN;
    const rawBilled = billedTransactionUnits({ TransactItems: Array.from({ length: RAW_TRANSACTION_ITEMS }, () => ({ Update: {} })) });
    const costNote =
      `TransactWriteItems are counted as DynamoDB bills them, 2 WRU per item per KB (DynamoDB Local reported ${rawPerTransaction.toFixed(2)} ` +
      `units for the raw ${RAW_TRANSACTION_ITEMS}-item transaction, which DynamoDB bills ${rawBilled}); failed calls report no units. ` +
      `The mailer's duration is its busy time over the run (${mailerWork.busyMs.toFixed(0)} ms for ${mailerWork.entries} entries), per email.`;
    const registrations = profiles1.find((p) => p.functionName === FUNCTIONS.register);
    const emailsPerRegistration =
      emails /
      Math.max(
        1,
        levels
          .flatMap((l) => profileCalls(l.calls))
          .filter((p) => p.functionName === FUNCTIONS.register)
          .reduce((n, p) => n + p.invocations, 0),
      );
    const cost = renderCost(
      [
        {
          name: 'POST registration (its function)',
          perRegistration: 1,
          inTotal: true,
          profile: registrations,
          durationMs: resultOf(level1, OP.register)?.latencyMs.median ?? Number.NaN,
          apiRequests: 1,
          sesMessages: 0,
        },
        {
          name: 'outbox-mailer, per email (claim, send, mark)',
          perRegistration: emailsPerRegistration,
          inTotal: true,
          profile: mailer,
          durationMs: mailerWork.entries ? mailerWork.busyMs / mailerWork.entries : Number.NaN,
          apiRequests: 0,
          sesMessages: 1,
        },
        {
          name: 'GET event',
          perRegistration: 1,
          inTotal: false,
          profile: profiles1.find((p) => p.functionName === FUNCTIONS.getEvent),
          durationMs: resultOf(level1, OP.getEvent)?.latencyMs.median ?? Number.NaN,
          apiRequests: 1,
          sesMessages: 0,
        },
      ],
      costNote,
    );

    const markdown = [renderThroughput(levels, skipped), renderRatios(levels), `${callsMarkdown}\n\n${depthVerdict}`, cost.markdown].join('\n\n');
    console.log(markdown);
    const path = writeResults('registrations', markdown, {
      node: process.version,
      quick: QUICK,
      limits: LIMITS,
      skipped,
      levels: levels.map(({ concurrency, rows }) => ({ concurrency, rows })),
      calls: profileRows,
      emails,
      mailerBusy: mailerWork,
      rawTransactionUnits: rawPerTransaction,
      cost: { perTenThousandBeforeSes: cost.totalBeforeSes, perTenThousandWithSes: cost.totalWithSes, target: COST_TARGET_PER_10K },
    });
    console.log(`\n(written to ${path})`);
  } finally {
    recorder.stop();
    await platform.stop();
  }
};
