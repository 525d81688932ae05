/**
 * Re-queues emails stuck after their stream retries ran out, and settles `uncertain` ones (SES never answered their
 * send): sent when SES confirms it, sent again when no confirmation came in the window (an EventBridge schedule in
 * AWS; a timer locally).
 */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeRetryStuckEmails } from '../../shared/domain/outbox-redrive.ts';
import { logger } from '../../shared/http/logger.ts';
import { sweepDependencies } from './dependencies.ts';

const retryStuckEmails = makeRetryStuckEmails({ ...sweepDependencies(), clock: systemClock });

export const handler = middy(async () => {
  const outcome = await retryStuckEmails();
  logger.info('outbox retry sweep done', { ...outcome });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
