/** The table of DynamoDB calls per operation, shared by the registrations and rush benchmarks. */
import type { CallProfile } from './dynamo-calls.ts';
import { markdownTable, type Cell } from './table.ts';

/** One row per function and level: calls, sequential depth, capacity (as Local reports it, and as DynamoDB bills it). */
export const renderCallProfiles = (title: string, intro: string, rows: { level: string; profile: CallProfile }[]): string =>
  [
    title,
    '',
    intro,
    '',
    markdownTable(
      [
        'function',
        'level',
        'invocations',
        'calls each',
        'sequential p50',
        'sequential max',
        'RCU each',
        'WCU each (Local)',
        'WRU each (billed)',
        'calls by operation (each)',
        'failed calls',
      ],
      rows.map(({ level, profile: p }): Cell[] => [
        p.functionName,
        level,
        p.invocations,
        p.calls,
        Number.isNaN(p.depthMedian) ? '—' : p.depthMedian,
        Number.isNaN(p.depthMax) ? '—' : p.depthMax,
        p.readUnits,
        p.writeUnits,
        p.writeUnits - p.transactionWriteUnits + p.transactionWriteUnitsBilled,
        p.operations,
        p.failures,
      ]),
      [false, false, true, true, true, true, true, true, true, false, false],
    ),
  ].join('\n');
