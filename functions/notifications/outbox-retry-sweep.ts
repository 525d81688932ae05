/**
 * Re-queues emails stuck after their stream retries ran out, and settles `uncertain` ones (SES never answered their
 * send): sent when SES confirms it, sent again when no confirmation came in the window (an EventBridge schedule in
 * AWS; a timer locally). Reports how many emails are overdue, for the OverdueEmails alarm.
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import { logMetrics } from '@aws-lambda-powertools/metrics/middleware';
import middy from '@middy/core';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeCountOverdueEmails } from '../../shared/domain/notifications/outbox-overdue.ts';
import { makeRetryStuckEmails } from '../../shared/domain/notifications/outbox-redrive.ts';
import { logger } from '../../shared/observability/logger.ts';
import { metrics, OVERDUE_EMAILS_METRIC } from '../../shared/observability/metrics.ts';
import { sweepDependencies } from './sweep-dependencies.ts';

const dependencies = sweepDependencies();
const retryStuckEmails = makeRetryStuckEmails({ ...dependencies, clock: systemClock });
const countOverdueEmails = makeCountOverdueEmails({ ...dependencies, clock: systemClock });

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
