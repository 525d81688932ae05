/**
 * What 10,000 registrations cost in AWS, from what the bench measured: the capacity DynamoDB reported per call
 * (DynamoDB Local's figures, with transactions counted as DynamoDB bills them), Lambda GB-seconds from measured
 * durations at the configured memory, one HTTP API request per route call, one SES message per email sent, all
 * priced at bench/prices.ts. Informational: nothing fails on it.
 */
import type { CallProfile } from './dynamo-calls.ts';
import { LAMBDA_MEMORY_MB, PRICES } from './prices.ts';
import { markdownTable, type Cell } from './table.ts';

/** The target the issue sets, before SES. */
export const COST_TARGET_PER_10K = 0.1;

/** One operation as it is billed. */
export interface CostedOperation {
  name: string;
  /** How many of these one registration brings (1 for the POST, emails per registration for the mailer). */
  perRegistration: number;
  /** In the per-10,000-registrations total, or shown for reference only (the GET). */
  inTotal: boolean;
  profile: CallProfile | undefined;
  /** Billed milliseconds of one invocation (measured; see the README for how). */
  durationMs: number;
  apiRequests: number;
  sesMessages: number;
}

interface Billed {
  readUnits: number;
  writeUnits: number;
  gbSeconds: number;
  lambdaRequests: number;
  apiRequests: number;
  sesMessages: number;
}

const billedOnce = (op: CostedOperation): Billed => {
  const p = op.profile;
  return {
    readUnits: p?.readUnits ?? 0,
    // DynamoDB Local's report for transactions replaced by what DynamoDB bills for them (dynamo-calls.ts).
    writeUnits: p ? p.writeUnits - p.transactionWriteUnits + p.transactionWriteUnitsBilled : 0,
    gbSeconds: (Math.ceil(op.durationMs) / 1000) * (LAMBDA_MEMORY_MB / 1024),
    lambdaRequests: 1,
    apiRequests: op.apiRequests,
    sesMessages: op.sesMessages,
  };
};

const dollars = (b: Billed) => ({
  dynamodb: b.readUnits * PRICES.dynamodb.perReadRequestUnit + b.writeUnits * PRICES.dynamodb.perWriteRequestUnit,
  lambda: b.gbSeconds * PRICES.lambda.perGbSecondArm64 + b.lambdaRequests * PRICES.lambda.perRequest,
  api: b.apiRequests * PRICES.apiGateway.perHttpApiRequest,
  ses: b.sesMessages * PRICES.ses.perMessage,
});

const scale = (b: Billed, n: number): Billed => ({
  readUnits: b.readUnits * n,
  writeUnits: b.writeUnits * n,
  gbSeconds: b.gbSeconds * n,
  lambdaRequests: b.lambdaRequests * n,
  apiRequests: b.apiRequests * n,
  sesMessages: b.sesMessages * n,
});

const money = (n: number) => (Number.isFinite(n) ? `$${n < 0.01 ? n.toFixed(5) : n.toFixed(4)}` : '—');

export interface CostResult {
  markdown: string;
  totalBeforeSes: number;
  totalWithSes: number;
}

export const renderCost = (operations: CostedOperation[], note: string): CostResult => {
  const REGISTRATIONS = 10_000;
  const rows: Cell[][] = [];
  const total = { dynamodb: 0, lambda: 0, api: 0, ses: 0 };
  for (const op of operations) {
    const once = billedOnce(op);
    const d = dollars(once);
    const per10k = dollars(scale(once, op.perRegistration * REGISTRATIONS));
    if (op.inTotal) for (const key of Object.keys(total) as (keyof typeof total)[]) total[key] += per10k[key];
    rows.push([
      op.inTotal ? op.name : `${op.name} (reference, not in the total)`,
      op.perRegistration,
      once.readUnits,
      once.writeUnits,
      op.durationMs,
      once.gbSeconds,
      once.apiRequests,
      once.sesMessages,
      money(d.dynamodb + d.lambda + d.api),
      op.inTotal ? money(per10k.dynamodb + per10k.lambda + per10k.api) : '',
    ]);
  }
  const totalBeforeSes = total.dynamodb + total.lambda + total.api;
  const totalWithSes = totalBeforeSes + total.ses;
  const markdown = [
    '## Cost per 10,000 registrations (AWS prices, measured units)',
    '',
    `Prices: ${PRICES.region}, on-demand, Lambda arm64 at ${LAMBDA_MEMORY_MB} MB, no free tier, read ${PRICES.readOn} (bench/prices.ts). ` +
      'Units per invocation are those DynamoDB Local reported (`ReturnConsumedCapacity: TOTAL`), means over the invocations seen; ' +
      `${note} Durations: see bench/README.md.`,
    '',
    markdownTable(
      [
        'operation',
        'per registration',
        'RRU',
        'WRU',
        'billed ms',
        'GB-s',
        'API requests',
        'SES messages',
        '$ each (before SES)',
        '$ per 10,000 registrations',
      ],
      rows,
      [false, true, true, true, true, true, true, true, true, true],
    ),
    '',
    markdownTable(
      ['per 10,000 registrations', 'USD'],
      [
        ['DynamoDB (read and write request units)', money(total.dynamodb)],
        ['Lambda (GB-seconds and requests)', money(total.lambda)],
        ['API Gateway HTTP API requests', money(total.api)],
        ['**total before SES**', `**${money(totalBeforeSes)}**`],
        ['SES messages', money(total.ses)],
        ['total with SES', money(totalWithSes)],
        [
          `target: under ${money(COST_TARGET_PER_10K)} before SES`,
          Number.isFinite(totalBeforeSes) ? (totalBeforeSes < COST_TARGET_PER_10K ? 'met' : 'NOT met') : '—',
        ],
      ],
      [false, true],
    ),
  ].join('\n');
  return { markdown, totalBeforeSes, totalWithSes };
};
