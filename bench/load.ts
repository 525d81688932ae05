/**
 * A bounded load loop: `concurrency` workers take operations in turn until `maxOperations` were started or
 * `maxMs` has passed, whichever comes first. Each operation resolves to an outcome label ('ok' or an error
 * name); latencies are kept for successful ones only, so failures that return fast cannot flatter p50.
 */
import { summarize, type Summary } from './stats.ts';

export interface LoadLimits {
  concurrency: number;
  maxOperations: number;
  maxMs: number;
}

export interface LoadResult {
  concurrency: number;
  started: number;
  ok: number;
  /** Outcome label -> count, for everything that was not 'ok'. */
  failures: Record<string, number>;
  elapsedMs: number;
  /** Successful operations per second of wall time. */
  perSecond: number;
  latencyMs: Summary;
}

export type Operation = (index: number) => Promise<'ok' | string>;

const outcomeOf = (error: unknown): string => (error instanceof Error ? error.name : 'Error');

export const runLoad = async ({ concurrency, maxOperations, maxMs }: LoadLimits, operation: Operation): Promise<LoadResult> => {
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let next = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async (): Promise<void> => {
    while (next < maxOperations && performance.now() < deadline) {
      const index = next++;
      const t0 = performance.now();
      const outcome = await operation(index).catch(outcomeOf);
      if (outcome === 'ok') latencies.push(performance.now() - t0);
      else failures[outcome] = (failures[outcome] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsedMs = performance.now() - started;
  return {
    concurrency,
    started: next,
    ok: latencies.length,
    failures,
    elapsedMs,
    perSecond: latencies.length / (elapsedMs / 1000),
    latencyMs: summarize(latencies),
  };
};

/**
 * Two operations measured side by side: the workers alternate them (even indexes `a`, odd `b`), so a busy moment on
 * the machine falls on both alike, as the bundles bench interleaves imports. Each gets its own result, over the
 * same wall time and `maxOperations` in all.
 */
export const runInterleaved = async (limits: LoadLimits, a: Operation, b: Operation): Promise<[LoadResult, LoadResult]> => {
  const sides = [a, b].map((operation) => ({ operation, latencies: [] as number[], failures: {} as Record<string, number>, started: 0 }));
  const whole = await runLoad(limits, async (index) => {
    const side = sides[index % 2]!;
    side.started++;
    const t0 = performance.now();
    const outcome = await side.operation(index).catch(outcomeOf);
    if (outcome === 'ok') side.latencies.push(performance.now() - t0);
    else side.failures[outcome] = (side.failures[outcome] ?? 0) + 1;
    return 'ok';
  });
  const [first, second] = sides.map((side): LoadResult => ({
    concurrency: limits.concurrency,
    started: side.started,
    ok: side.latencies.length,
    failures: side.failures,
    elapsedMs: whole.elapsedMs,
    perSecond: side.latencies.length / (whole.elapsedMs / 1000),
    latencyMs: summarize(side.latencies),
  }));
  return [first!, second!];
};
