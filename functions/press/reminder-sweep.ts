/** The response-clock sweep: an EventBridge schedule runs it every 5 minutes; locally, a timer does. */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { logger } from '../../shared/observability/logger.ts';
import { makeSweepReminders } from '../../shared/domain/press/sweep-reminders.ts';
import { pressDependencies } from './dependencies.ts';

const { inquiries, ...deps } = pressDependencies();
const sweepReminders = makeSweepReminders({ ...deps, store: inquiries });

export const handler = middy(async () => {
  const outcome = await sweepReminders();
  logger.info('reminder sweep done', { ...outcome });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
