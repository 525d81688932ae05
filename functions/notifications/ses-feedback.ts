/**
 * SES events, published by the configuration set to SNS: bounced and complaining addresses go on the suppression
 * list; a Send event is written on the outbox entry its tag names, the confirmation an `uncertain` entry waits for.
 */
import type { Context, SNSEvent } from 'aws-lambda';
import { dynamoSendConfirmations } from '../../shared/adapters/outbox.ts';
import { feedbackOfSnsEvent, sendEventsOfSnsEvent } from '../../shared/adapters/ses-feedback.ts';
import { dynamoSuppressionList } from '../../shared/adapters/suppression-list.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeRecordSendEvents } from '../../shared/domain/notifications/outbox-confirmation.ts';
import { makeRecordFeedback } from '../../shared/domain/notifications/outbox-suppression.ts';
import { logger } from '../../shared/observability/logger.ts';

const recordFeedback = makeRecordFeedback({ suppressions: dynamoSuppressionList(), clock: systemClock });
const recordSendEvents = makeRecordSendEvents({ outbox: dynamoSendConfirmations(), clock: systemClock });

export const handler = async (event: SNSEvent, context: Context) => {
  logger.addContext(context);
  const feedback = feedbackOfSnsEvent(event);
  const suppressed = await recordFeedback(feedback);
  const confirmed = await recordSendEvents(sendEventsOfSnsEvent(event));
  logger.info('SES feedback recorded', { notifications: event.Records.length, feedback: feedback.length, suppressed, confirmed });
  return { suppressed, confirmed };
};
