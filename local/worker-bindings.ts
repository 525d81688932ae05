/**
 * Turns the worker table (functions/workers.ts) into what the local platform runs: stream workers for the
 * stream reader (with their Lambda filter patterns) and scheduled workers for the timer.
 */
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent, ScheduledEvent } from 'aws-lambda';
import type { Worker } from '../functions/workers.ts';
import { runAs } from './dynamodb-permissions.ts';
import { loadFunction } from './function-loader.ts';
import { lambdaContext } from './lambda-context.ts';
import type { FilterPattern } from './filter-pattern.ts';
import type { StreamWorker } from './stream-consumer.ts';

type LambdaHandler<E, R> = (event: E, context: Context) => Promise<R>;

const functionName = (worker: Worker) => `plenary-${worker.name}`;

export const streamWorkersOf = (workers: readonly Worker[]): StreamWorker[] =>
  workers
    .filter((w) => w.trigger === 'outbox-stream')
    .map((worker) => ({
      name: worker.name,
      filterPatterns: worker.filterPattern ? [worker.filterPattern as FilterPattern] : [],
      handle: async (event: DynamoDBStreamEvent) => {
        const handler = await loadFunction<LambdaHandler<DynamoDBStreamEvent, DynamoDBBatchResponse | void>>(worker.handler);
        return runAs(worker, () => handler(event, lambdaContext(functionName(worker), 60_000)));
      },
    }));

/** An EventBridge Scheduler event, as a scheduled Lambda receives it. */
const scheduledEvent = (worker: Worker, region: string): ScheduledEvent => ({
  version: '0',
  id: crypto.randomUUID(),
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '000000000000',
  time: new Date().toISOString(),
  region,
  resources: [`arn:aws:events:${region}:000000000000:rule/${functionName(worker)}`],
  detail: {},
});

export interface ScheduledRunner {
  /** Runs every scheduled worker once now (also what the timer does). */
  runAll(): Promise<void>;
  stop(): Promise<void>;
}

/** Locally every schedule fires on one interval (60 s by default), whatever its rate in AWS. */
export const startSchedules = (
  workers: readonly Worker[],
  { intervalMs, region, log }: { intervalMs: number; region: string; log: (line: string) => void },
): ScheduledRunner => {
  const scheduled = workers.filter((w) => w.trigger === 'schedule');
  let running: Promise<void> = Promise.resolve();
  const runAll = (): Promise<void> => {
    running = running.then(async () => {
      for (const worker of scheduled) {
        try {
          const handler = await loadFunction<LambdaHandler<ScheduledEvent, unknown>>(worker.handler);
          await runAs(worker, () => handler(scheduledEvent(worker, region), lambdaContext(functionName(worker), 60_000)));
        } catch (error) {
          log(`[schedule] ${worker.name} failed: ${(error as Error).name}`);
        }
      }
    });
    return running;
  };
  const timer = scheduled.length > 0 ? setInterval(() => void runAll(), intervalMs) : undefined;
  return {
    runAll,
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
};
