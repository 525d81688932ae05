/**
 * The daily retention job (docs/privacy.md): drops the body of emails sent over 30 days ago, and erases the personal
 * data of every event whose `retention.personalDataDays` after its end have passed, and deletes the expired
 * idempotency records of every idempotent operation (the list, not the route table). An EventBridge schedule runs it
 * once a day; locally, the schedule timer does. Bounded per event per run; a run that stops early is finished by the next.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoIdempotencyRecordSweep } from '../../shared/adapters/idempotency-record-sweep.ts';
import { dynamoRetentionStore } from '../../shared/adapters/retention-store.ts';
import { documentEraser } from '../../shared/adapters/s3-document-eraser.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeEnforceRetention } from '../../shared/domain/personal-data/retention-job.ts';
import { IDEMPOTENT_OPERATIONS } from '../../shared/http/idempotent-operations.ts';
import { logger } from '../../shared/observability/logger.ts';

const enforceRetention = makeEnforceRetention({
  events: dynamoEventStore(),
  store: dynamoRetentionStore(),
  documents: documentEraser(),
  clock: systemClock,
  idempotency: { operations: IDEMPOTENT_OPERATIONS, records: dynamoIdempotencyRecordSweep() },
});

export const handler = middy(async () => {
  const outcome = await enforceRetention();
  // Event ids and counts only: never what was erased.
  logger.info('personal data retention', {
    bodiesDropped: outcome.bodiesDropped,
    finished: outcome.finished,
    unfinished: outcome.unfinished,
    idempotencyRecordsDeleted: outcome.idempotencyRecordsDeleted,
  });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
