/** Finishes waiting-list promotions left owed by a change of limits (an EventBridge schedule in AWS; a timer locally). */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { makePromoteWhileSeatsFree } from '../../shared/domain/registration/change-status.ts';
import { makeFinishDuePromotions } from '../../shared/domain/registration/finish-due-promotions.ts';
import { logger } from '../../shared/observability/logger.ts';
import { registrationDependencies } from './dependencies.ts';

const deps = registrationDependencies();
const finishDuePromotions = makeFinishDuePromotions({
  events: dynamoEventStore(),
  clock: deps.clock,
  promoteWhileSeatsFree: makePromoteWhileSeatsFree(deps),
});

export const handler = middy(async () => {
  const outcome = await finishDuePromotions();
  logger.info('promotions sweep done', { ...outcome });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
