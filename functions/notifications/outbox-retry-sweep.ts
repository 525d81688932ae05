/** Re-queues emails stuck after their stream retries ran out (an EventBridge schedule in AWS; a timer locally). */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { dynamoEventsRepository } from '../../shared/adapters/events-repository.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeCountOverdueEmails } from '../../shared/domain/outbox-overdue.ts';
import { makeRetryStuckEmails } from '../../shared/domain/outbox-redrive.ts';
import { logger } from '../../shared/http/logger.ts';
import { metrics, OVERDUE_EMAILS_METRIC } from '../../shared/http/metrics.ts';

const retryStuckEmails = makeRetryStuckEmails({ outbox: dynamoOutboxStore(), events: dynamoEventsRepository(), clock: systemClock });
const countOverdueEmails = makeCountOverdueEmails({ outbox: dynamoOutboxStore(), events: dynamoEventsRepository(), clock: systemClock });

export const handler = middy(async () => {
  const outcome = await retryStuckEmails();
  // Counted after the re-queue: an email just sent back to pending is still not delivered. Reported on every run,
  // 0 included, so the alarm can tell "nothing late" from "the sweep did not run".
  const overdueEmails = await countOverdueEmails();
  metrics.addMetric(OVERDUE_EMAILS_METRIC, MetricUnit.Count, overdueEmails);
  logger.info('outbox retry sweep done', { ...outcome, overdueEmails });
  return outcome;
})
  .use(injectLambdaContext(logger, { resetKeys: true }))
  .use(logMetrics(metrics));
