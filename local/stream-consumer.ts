/**
 * One local "event source mapping": filters the stream records for one worker, hands them over in batches,
 * and honours partial batch responses as Lambda does (ReportBatchItemFailures): retry from the first failed
 * record with exponential backoff, and after the last retry send what is left to the dead-letter list.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { matchesAnyFilter, type FilterPattern } from './filter-pattern.ts';

export interface StreamWorker {
  name: string;
  /** Lambda ORs the filters of a mapping; empty means every record. */
  filterPatterns: readonly FilterPattern[];
  handle(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse | void>;
}

export interface DeadLetter {
  worker: string;
  /** Sequence numbers only: images may hold personal data. */
  sequenceNumbers: string[];
  reason: string;
  at: string;
}

export interface DeliveryOptions {
  batchSize: number;
  maxRetries: number;
  backoffMs: number;
  deadLetters: DeadLetter[];
  log(line: string): void;
  isStopped(): boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Index of the first record to retry, or -1 when the whole batch succeeded. */
const firstFailure = (batch: DynamoDBRecord[], response: DynamoDBBatchResponse | void): number => {
  const failures = response?.batchItemFailures ?? [];
  if (failures.length === 0) return -1;
  const indexes = failures.map((f) => batch.findIndex((r) => r.dynamodb?.SequenceNumber === f.itemIdentifier));
  // An identifier that names no record of the batch fails the whole batch, as in Lambda.
  return indexes.some((i) => i < 0) ? 0 : Math.min(...indexes);
};

export const streamConsumer = (worker: StreamWorker, options: DeliveryOptions) => {
  const queue: DynamoDBRecord[] = [];
  let pumping: Promise<void> | undefined;

  const deliver = async (records: DynamoDBRecord[]): Promise<void> => {
    let batch = records;
    for (let attempt = 0; ; attempt += 1) {
      let failedAt: number;
      let reason = 'batchItemFailures';
      try {
        failedAt = firstFailure(batch, await worker.handle({ Records: batch }));
      } catch (error) {
        failedAt = 0;
        reason = (error as Error).name || 'Error';
      }
      if (failedAt < 0) return;
      batch = batch.slice(failedAt);
      if (attempt >= options.maxRetries || options.isStopped()) {
        const sequenceNumbers = batch.map((r) => r.dynamodb?.SequenceNumber ?? '?');
        options.deadLetters.push({ worker: worker.name, sequenceNumbers, reason, at: new Date().toISOString() });
        options.log(
          `[streams] ${worker.name}: ${batch.length} record(s) sent to the local DLQ after ${attempt} retries (${reason}): ${sequenceNumbers.join(', ')}`,
        );
        return;
      }
      await sleep(options.backoffMs * 2 ** attempt);
    }
  };

  const pump = async (): Promise<void> => {
    while (queue.length > 0) await deliver(queue.splice(0, options.batchSize));
  };

  const kick = (): void => {
    if (pumping || queue.length === 0) return;
    // Kick again on finish: records offered while the last batch was settling must not wait for the next offer.
    pumping = pump().finally(() => {
      pumping = undefined;
      kick();
    });
  };

  return {
    name: worker.name,
    /** Queues the matching records and starts delivering if idle. */
    offer(records: readonly DynamoDBRecord[]): number {
      const matching = records.filter((r) => matchesAnyFilter(worker.filterPatterns, r));
      queue.push(...matching);
      kick();
      return matching.length;
    },
    /** Resolves once every queued record is delivered or dead-lettered. */
    async settled(): Promise<void> {
      while (pumping) await pumping;
    },
  };
};

export type StreamConsumer = ReturnType<typeof streamConsumer>;
