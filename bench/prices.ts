/**
 * The AWS prices the cost table uses, in one place: us-east-1, on-demand, Lambda on arm64, no free tier.
 *
 * Read on 2026-11-30 (UTC) from the published pricing pages, as the author knows them (this machine has no
 * network to re-read them: check them against the pages before quoting a figure):
 *   https://aws.amazon.com/dynamodb/pricing/on-demand/   write and read request units (the 1 Nov 2024 price cut)
 *   https://aws.amazon.com/lambda/pricing/                Arm price per GB-second (first 7.5 billion GB-s a month) and requests
 *   https://aws.amazon.com/api-gateway/pricing/           HTTP APIs, first 300 million requests a month
 *   https://aws.amazon.com/ses/pricing/                   outbound email (attachments' data is extra: $0.12 per GB)
 * Least sure: SES (its pricing page was reorganised in 2023-2024 around tiers and add-ons; $0.10 per 1,000 is the
 * base outbound rate) and whether DynamoDB's on-demand rates moved again after the 2024 cut. A figure that
 * changes is changed here and nowhere else.
 */
export const PRICES = {
  readOn: '2026-11-30',
  region: 'us-east-1',
  dynamodb: {
    /** On-demand, per write request unit (1 KB written; a transaction's item costs 2). */
    perWriteRequestUnit: 0.625 / 1_000_000,
    /** On-demand, per read request unit (4 KB read strongly consistently; eventually consistent costs half). */
    perReadRequestUnit: 0.125 / 1_000_000,
  },
  lambda: {
    /** arm64, per GB-second of billed duration (billed per 1 ms). */
    perGbSecondArm64: 0.0000133334,
    perRequest: 0.2 / 1_000_000,
  },
  apiGateway: {
    /** HTTP API, per request (metered in 512 KB increments: every Plenary request is one). */
    perHttpApiRequest: 1.0 / 1_000_000,
  },
  ses: {
    /** Per outbound message. */
    perMessage: 0.1 / 1_000,
  },
} as const;

/** The memory every function gets unless its spec says otherwise (infra/functions/plenary-function.ts). */
export const LAMBDA_MEMORY_MB = 512;
