/** The focal points' deadline reminders: an EventBridge schedule runs it every hour; locally, a timer does. */
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import middy from '@middy/core';
import { dynamoDossierStore } from '../../shared/adapters/dossiers-store.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoFocalPointStore } from '../../shared/adapters/focal-points-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeSendDeadlineReminders } from '../../shared/domain/delegations/deadline-reminders.ts';
import { systemIds } from '../../shared/domain/ids.ts';
import { logger } from '../../shared/observability/logger.ts';

const sendReminders = makeSendDeadlineReminders({
  events: dynamoEventStore(),
  dossiers: dynamoDossierStore(),
  focalPoints: dynamoFocalPointStore(),
  clock: systemClock,
  ids: systemIds(),
});

export const handler = middy(async () => {
  const outcome = await sendReminders();
  logger.info('deadline reminders sent', { ...outcome });
  return outcome;
}).use(injectLambdaContext(logger, { resetKeys: true }));
