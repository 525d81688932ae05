/**
 * The retry sweep's adapters, apart from the mailer's (dependencies.ts): the sweep composes and sends nothing, so its
 * bundle must not reach the email templates or the calendar through a shared module.
 */
import { env } from '../../shared/adapters/env.ts';
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { emulatorSendConfirmations, recordedSendConfirmations } from '../../shared/adapters/ses-send-confirmations.ts';

/**
 * The outbox, every event's id, and where a Send confirmation is found (the SES emulator's store locally, the Send
 * events the feedback worker recorded on the entry in AWS).
 */
export const sweepDependencies = () => {
  const outbox = dynamoOutboxStore();
  return {
    outbox,
    events: dynamoEventReader(),
    confirmations: env.sesEndpoint ? emulatorSendConfirmations(env.sesEndpoint) : recordedSendConfirmations(outbox),
  };
};
