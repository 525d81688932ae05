/**
 * The mailer: fed by the table's stream (filtered to outbox entries that are pending), it delivers each entry
 * once (shared/domain/outbox-delivery.ts). A record that fails for a retryable reason is reported as a batch item
 * failure, so Lambda (or the local stream reader) retries it with backoff and, after the last retry, sends it to
 * the DLQ; the others in the batch go on. A send SES never answered is not retried: the entry is marked
 * `uncertain` and the record is done (the retry sweep settles it).
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { outboxRefOfStreamRecord } from '../../shared/adapters/items/outbox-entry.ts';
import { makeDeliverOutboxEntry } from '../../shared/domain/notifications/outbox-delivery.ts';
import { errorFacts, logger } from '../../shared/observability/logger.ts';
import { mailerDependencies } from './dependencies.ts';

const deliver = makeDeliverOutboxEntry(mailerDependencies());
const processor = new BatchProcessor(EventType.DynamoDBStreams);

const deliverRecord = async (record: DynamoDBRecord): Promise<void> => {
  const ref = outboxRefOfStreamRecord(record);
  if (!ref) return; // not an outbox entry: the filter lets none through, but nothing is lost by skipping one
  try {
    const outcome = await deliver(ref);
    if (outcome === 'sent-unrecorded') logger.error('email sent but not marked sent', { outboxId: ref.id });
    // The claim is kept; when its lease lapses the entry may be sent again without a confirmation check.
    else if (outcome === 'uncertain-unrecorded') logger.error('email send unanswered and not marked uncertain', { outboxId: ref.id });
    else logger.info('outbox entry handled', { outboxId: ref.id, outcome });
  } catch (error) {
    logger.info('outbox entry will be retried', { outboxId: ref.id, ...errorFacts(error) });
    throw error;
  }
};

export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  logger.addContext(context);
  // A batch where every record failed is answered, not thrown: Lambda retries the reported records the same way.
  return processPartialResponse(event, deliverRecord, processor, { context, throwOnFullBatchFailure: false });
};
