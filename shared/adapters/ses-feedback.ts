/**
 * Reads SES notifications out of SNS messages: bounces and complaints (for the suppression list), and Send events
 * (SES took a message: the confirmation an `uncertain` outbox entry waits for). Configuration-set event publishing
 * sends `eventType`; identity notifications send `notificationType`: both are read. Anything else (deliveries,
 * malformed messages) yields nothing.
 * https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html
 */
import type { SNSEvent } from 'aws-lambda';
import type { SendEvent } from '../domain/notifications/outbox-confirmation.ts';
import { SEND_TAG_NAME } from '../domain/notifications/outbox-delivery.ts';
import type { DeliveryFeedback } from '../domain/notifications/outbox-suppression.ts';

interface SesNotification {
  eventType?: string;
  notificationType?: string;
  mail?: { timestamp?: string; messageId?: string; tags?: Record<string, string[] | undefined> };
  bounce?: { bounceType?: string; bounceSubType?: string; bouncedRecipients?: { emailAddress?: string }[]; timestamp?: string };
  complaint?: { complaintFeedbackType?: string; complainedRecipients?: { emailAddress?: string }[]; timestamp?: string };
}

const addresses = (list: { emailAddress?: string }[] | undefined) =>
  (list ?? []).map((r) => r.emailAddress).filter((a): a is string => typeof a === 'string');

export const feedbackOfSesMessage = (message: string): DeliveryFeedback | undefined => {
  let notification: SesNotification;
  try {
    notification = JSON.parse(message) as SesNotification;
  } catch {
    return undefined;
  }
  const type = notification.eventType ?? notification.notificationType;
  if (type === 'Bounce' && notification.bounce) {
    const { bounceType, bounceSubType, bouncedRecipients, timestamp } = notification.bounce;
    return { type: 'bounce', bounceType, subType: bounceSubType, recipients: addresses(bouncedRecipients), at: timestamp ?? '' };
  }
  if (type === 'Complaint' && notification.complaint) {
    const { complaintFeedbackType, complainedRecipients, timestamp } = notification.complaint;
    return { type: 'complaint', subType: complaintFeedbackType, recipients: addresses(complainedRecipients), at: timestamp ?? '' };
  }
  return undefined;
};

export const feedbackOfSnsEvent = (event: SNSEvent): DeliveryFeedback[] =>
  event.Records.map((r) => feedbackOfSesMessage(r.Sns.Message)).filter((f): f is DeliveryFeedback => f !== undefined);

/** A Send event (configuration-set publishing only) carrying our send tag, or undefined. */
export const sendEventOfSesMessage = (message: string): SendEvent | undefined => {
  let notification: SesNotification;
  try {
    notification = JSON.parse(message) as SesNotification;
  } catch {
    return undefined;
  }
  const tag = notification.mail?.tags?.[SEND_TAG_NAME]?.[0];
  const messageId = notification.mail?.messageId;
  if (notification.eventType !== 'Send' || typeof tag !== 'string' || typeof messageId !== 'string') return undefined;
  return { tag, messageId, at: notification.mail?.timestamp ?? '' };
};

export const sendEventsOfSnsEvent = (event: SNSEvent): SendEvent[] =>
  event.Records.map((r) => sendEventOfSesMessage(r.Sns.Message)).filter((e): e is SendEvent => e !== undefined);

/** An SNS event as SES would publish one bounce, complaint or Send event (the local dev route and tests inject this). */
export const sesFeedbackSnsEvent = (
  feedback: { email: string; type: 'Permanent' | 'Transient' | 'Complaint'; at?: Date } | { type: 'Send'; tag: string; messageId: string; at?: Date },
): SNSEvent => {
  const timestamp = (feedback.at ?? new Date()).toISOString();
  const body =
    feedback.type === 'Send'
      ? {
          eventType: 'Send',
          mail: { timestamp, messageId: feedback.messageId, tags: { [SEND_TAG_NAME]: [feedback.tag], 'ses:configuration-set': ['plenary'] } },
          send: {},
        }
      : feedback.type === 'Complaint'
        ? {
            eventType: 'Complaint',
            complaint: { complaintFeedbackType: 'abuse', complainedRecipients: [{ emailAddress: feedback.email }], timestamp },
          }
        : {
            eventType: 'Bounce',
            bounce: {
              bounceType: feedback.type,
              bounceSubType: feedback.type === 'Permanent' ? 'General' : 'MailboxFull',
              bouncedRecipients: [{ emailAddress: feedback.email }],
              timestamp,
            },
          };
  return {
    Records: [
      {
        EventSource: 'aws:sns',
        EventVersion: '1.0',
        EventSubscriptionArn: 'arn:aws:sns:eu-west-1:000000000000:plenary-ses-feedback:local',
        Sns: {
          Type: 'Notification',
          MessageId: crypto.randomUUID(),
          TopicArn: 'arn:aws:sns:eu-west-1:000000000000:plenary-ses-feedback',
          Subject: '',
          Message: JSON.stringify(body),
          Timestamp: timestamp,
          SignatureVersion: '1',
          Signature: '',
          SigningCertUrl: '',
          UnsubscribeUrl: '',
          MessageAttributes: {},
        },
      },
    ],
  };
};
