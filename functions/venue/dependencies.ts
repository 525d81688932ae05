/** The venue functions' adapters and use cases, created once per process (module scope): here, the badge routes'. */
import { dynamoBadgeKeysStore } from '../../shared/adapters/badge-keys-store.ts';
import { badgeSigningKeys } from '../../shared/adapters/badge-signing-key.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { dynamoRegistrationStore } from '../../shared/adapters/registrations-store.ts';
import { makeBadges } from '../../shared/badges/badge-use-cases.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { exportPublicKey } from '../../shared/domain/badges/check-in-code.ts';
import type { BadgeFile } from '../../shared/badges/badge-use-cases.ts';
import type { HttpResult } from '../../shared/http/http-handler.ts';

export const badges = () => {
  const keysStore = dynamoBadgeKeysStore();
  return makeBadges({
    events: dynamoEventStore(),
    registrations: dynamoRegistrationStore(),
    keys: badgeSigningKeys,
    publishKey: async (eventId, publicKey) => keysStore.publish(eventId, await exportPublicKey(publicKey), systemClock.now()),
  });
};

/** A PDF download: never cached (it names a person), saved under its ASCII file name. */
export const pdfAnswer = ({ pdf, filename }: BadgeFile): HttpResult<never> => ({
  status: 200,
  bytes: pdf,
  contentType: 'application/pdf',
  headers: { 'Content-Disposition': `attachment; filename="${filename}"`, 'Cache-Control': 'no-store' },
});
