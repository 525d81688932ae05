/** The mailer's adapters, created once per process (module scope); the retry sweep's are in sweep-dependencies.ts. */
import { dynamoEventReader } from '../../shared/adapters/events-store.ts';
import { recentEventReads } from '../../shared/adapters/event-config-read-cache.ts';
import { env } from '../../shared/adapters/env.ts';
import { delegationLink, manageUrl } from '../../shared/adapters/manage-link-key.ts';
import { dynamoOutboxStore } from '../../shared/adapters/outbox.ts';
import { sesClient } from '../../shared/adapters/ses-client.ts';
import { sesConfig } from '../../shared/adapters/ses-config.ts';
import { sesMailer } from '../../shared/adapters/ses-mailer.ts';
import { dynamoSuppressionList } from '../../shared/adapters/suppression-list.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { RetryableDeliveryError } from '../../shared/domain/notifications/outbox-delivery.ts';
import { outboxMessageComposer } from '../../shared/email/compose-message.ts';
import { consoleLinks, type EmailLinks } from '../../shared/email/links.ts';

const emailLinks = (): EmailLinks => ({
  manage: async (eventId, registrationId) => {
    try {
      return await manageUrl(eventId, registrationId);
    } catch (error) {
      // The key store being unreachable is not the template's fault: try again later.
      throw new RetryableDeliveryError(`ManageLink:${(error as Error).name}`);
    }
  },
  delegation: async (eventId, code, focalPointId) => {
    try {
      return await delegationLink(eventId, code, focalPointId);
    } catch (error) {
      throw new RetryableDeliveryError(`DelegationLink:${(error as Error).name}`);
    }
  },
  ...consoleLinks(env.publicBaseUrl),
});

export const mailerDependencies = () => {
  const ses = sesConfig();
  return {
    outbox: dynamoOutboxStore(),
    suppressions: dynamoSuppressionList(),
    // Every email renders its event's configuration: read once per burst, not once per email.
    events: recentEventReads(dynamoEventReader()),
    clock: systemClock,
    compose: outboxMessageComposer({ fromAddress: ses.fromAddress, links: emailLinks() }),
    mailer: sesMailer({ client: sesClient(), ...ses }),
  };
};
