/** Re-queues emails stuck after their stream retries ran out (an EventBridge schedule in AWS; a timer locally). */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeRetryStuckEmails } from '../../shared/domain/outbox-redrive.ts';
import { logger } from '../../shared/http/logger.ts';

const retryStuckEmails = makeRetryStuckEmails({ outbox: dynamoOutboxStore(), events: dynamoEventsRepository(), clock: systemClock });

export const handler = middy(async () => {
  const outcome = await retryStuckEmails();
  logger.info('outbox retry sweep done', { ...outcome });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
