/**
 * Reads the table's stream with the DynamoDB Streams API, as Lambda's event source mapping does, and hands
 * each record (in the Lambda event shape) to every stream worker. Polls every `pollMs`, follows new shards,
 * renews expired iterators, and can be drained: `drain()` returns once everything written so far is settled.
 */
import {
  DescribeStreamCommand,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type DynamoDBStreamsClient,
  type _Record as StreamsRecord,
  type Shard,
} from '@aws-sdk/client-dynamodb-streams';
import type { DynamoDBRecord } from 'aws-lambda';
import { streamConsumer, type DeadLetter, type StreamWorker } from './stream-consumer.ts';

export interface StreamReaderOptions {
  streams: DynamoDBStreamsClient;
  streamArn: string;
  workers: readonly StreamWorker[];
  /** Where to begin in the shards open at start: LATEST skips what earlier runs already handled. */
  startAt: 'TRIM_HORIZON' | 'LATEST';
  region?: string;
  pollMs?: number;
  batchSize?: number;
  maxRetries?: number;
  backoffMs?: number;
  log?: (line: string) => void;
}

interface ShardState {
  iterator: string | undefined;
  lastSequence: string | undefined;
  initialType: 'TRIM_HORIZON' | 'LATEST';
  closed: boolean;
}

/** Pages of records read from one shard per poll, so one busy shard cannot starve the others. */
const MAX_PAGES_PER_POLL = 20;
/** Drain follows chains (a worker writing records another worker reads) this many rounds at most. */
const MAX_DRAIN_ROUNDS = 10;

/** The SDK's record as Lambda puts it in a DynamoDBStreamEvent. */
const toLambdaRecord = (record: StreamsRecord, streamArn: string, region: string): DynamoDBRecord =>
  ({
    eventID: record.eventID,
    eventName: record.eventName,
    eventVersion: record.eventVersion ?? '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: record.awsRegion ?? region,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ApproximateCreationDateTime: record.dynamodb?.ApproximateCreationDateTime
        ? Math.floor(record.dynamodb.ApproximateCreationDateTime.getTime() / 1000)
        : undefined,
    },
  }) as DynamoDBRecord;

export const createStreamReader = (options: StreamReaderOptions) => {
  const { streams, streamArn, region = 'eu-west-1', pollMs = 250, log = () => undefined } = options;
  const deadLetters: DeadLetter[] = [];
  let stopped = false;
  const consumers = options.workers.map((worker) =>
    streamConsumer(worker, {
      batchSize: options.batchSize ?? 10,
      maxRetries: options.maxRetries ?? 3,
      backoffMs: options.backoffMs ?? 100,
      deadLetters,
      log,
      isStopped: () => stopped,
    }),
  );
  const shards = new Map<string, ShardState>();
  let firstDiscovery = true;

  const iteratorFor = async (shardId: string, state: ShardState): Promise<string | undefined> => {
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(state.lastSequence
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: state.lastSequence }
          : { ShardIteratorType: state.initialType }),
      }),
    );
    return ShardIterator;
  };

  const discoverShards = async (): Promise<void> => {
    const found: Shard[] = [];
    let ExclusiveStartShardId: string | undefined;
    do {
      const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId }));
      found.push(...(StreamDescription?.Shards ?? []));
      ExclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (ExclusiveStartShardId);
    for (const shard of found) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      // Shards that appear later are new: read them from their start so nothing written to them is missed.
      const state: ShardState = {
        iterator: undefined,
        lastSequence: undefined,
        initialType: firstDiscovery ? options.startAt : 'TRIM_HORIZON',
        closed: false,
      };
      state.iterator = await iteratorFor(shard.ShardId, state);
      shards.set(shard.ShardId, state);
    }
    firstDiscovery = false;
  };

  /** Reads one shard until it has nothing more right now; returns the records read. */
  const readShard = async (shardId: string, state: ShardState): Promise<DynamoDBRecord[]> => {
    const out: DynamoDBRecord[] = [];
    for (let page = 0; page < MAX_PAGES_PER_POLL && state.iterator && !stopped; page += 1) {
      let result;
      try {
        result = await streams.send(new GetRecordsCommand({ ShardIterator: state.iterator, Limit: 1000 }));
      } catch (error) {
        const name = (error as Error).name;
        if (name !== 'ExpiredIteratorException' && name !== 'TrimmedDataAccessException') throw error;
        // Iterators live 15 minutes; a trimmed position restarts from the oldest record still kept.
        if (name === 'TrimmedDataAccessException') state.lastSequence = undefined;
        state.iterator = await iteratorFor(shardId, state);
        continue;
      }
      const records = result.Records ?? [];
      for (const record of records) out.push(toLambdaRecord(record, streamArn, region));
      if (records.length > 0) state.lastSequence = records.at(-1)?.dynamodb?.SequenceNumber;
      state.iterator = result.NextShardIterator;
      if (!state.iterator) state.closed = true;
      if (records.length === 0) break;
    }
    return out;
  };

  /** One pass over every open shard; returns how many records were handed to at least one worker. */
  const pollOnce = async (): Promise<number> => {
    await discoverShards();
    let handed = 0;
    for (const [shardId, state] of shards) {
      if (state.closed) continue;
      const records = await readShard(shardId, state);
      if (records.length === 0) continue;
      for (const consumer of consumers) handed += consumer.offer(records);
    }
    return handed;
  };

  // Polls never overlap: the timer and drain() share this chain.
  let polling: Promise<unknown> = Promise.resolve();
  const serializedPoll = (): Promise<number> => {
    const next = polling.then(pollOnce);
    polling = next.catch(() => undefined);
    return next;
  };

  let timer: NodeJS.Timeout | undefined;
  const tick = async (): Promise<void> => {
    try {
      await serializedPoll();
    } catch (error) {
      log(`[streams] poll failed: ${(error as Error).name}`);
    }
    if (!stopped) timer = setTimeout(() => void tick(), pollMs);
  };

  const settled = () => Promise.all(consumers.map((c) => c.settled()));

  return {
    deadLetters,
    start(): void {
      timer = setTimeout(() => void tick(), 0);
    },
    /** Resolves once every record written before the call has been delivered or dead-lettered. */
    async drain(): Promise<void> {
      for (let round = 0; round < MAX_DRAIN_ROUNDS; round += 1) {
        const handed = await serializedPoll();
        await settled();
        if (handed === 0) return;
      }
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await polling;
      await settled();
    },
  };
};

export type StreamReader = ReturnType<typeof createStreamReader>;
