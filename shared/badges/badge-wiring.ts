/**
 * The badge routes' adapters and use cases (functions/venue/admin-badge, admin-badges, get-own-badge), created once
 * per process. Kept apart from functions/venue/dependencies.ts so the check-in functions' bundles, which import
 * that, never carry pdf-lib, fontkit or the fonts.
 */
import { dynamoBadgeKeysStore } from '../adapters/badge-keys-store.ts';
import { badgeSigningKeys } from '../adapters/badge-signing-key.ts';
import { dynamoEventStore } from '../adapters/events-store.ts';
import { dynamoRegistrationStore } from '../adapters/registrations-store.ts';
import { exportPublicKey } from '../domain/badges/check-in-code.ts';
import { systemClock } from '../domain/clock.ts';
import type { HttpResult } from '../http/http-handler.ts';
import { makeBadges, type BadgeFile } from './badge-use-cases.ts';

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
