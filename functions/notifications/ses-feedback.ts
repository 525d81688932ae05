/** SES bounces and complaints, published by the configuration set to SNS: the addresses go on the suppression list. */
import type { Context, SNSEvent } from 'aws-lambda';
import { feedbackOfSnsEvent } from '../../shared/adapters/ses-feedback.ts';
import { dynamoSuppressionList } from '../../shared/adapters/ses-suppression-list.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { makeRecordFeedback } from '../../shared/domain/outbox-suppression.ts';
import { logger } from '../../shared/http/logger.ts';

const recordFeedback = makeRecordFeedback({ suppressions: dynamoSuppressionList(), clock: systemClock });

export const handler = async (event: SNSEvent, context: Context) => {
  logger.addContext(context);
  const feedback = feedbackOfSnsEvent(event);
  const suppressed = await recordFeedback(feedback);
  logger.info('SES feedback recorded', { notifications: event.Records.length, feedback: feedback.length, suppressed });
  return { suppressed };
};
