/**
 * An address SES reported as bounced for good or complained: `SUPPRESSED#<sha256 of the normalised address>` /
 * `SUPPRESSED`. A hash, so no raw email sits in a key (keys end up in logs, metrics and the stream's metadata).
 */
import { createHash } from 'node:crypto';
import { normalizeEmail } from '../../domain/language.ts';
import type { Suppression } from '../../domain/notifications/outbox-suppression.ts';
import type { Item } from './item.ts';

const SUPPRESSION_SK = 'SUPPRESSED';
export const suppressionPk = (email: string) => `SUPPRESSED#${createHash('sha256').update(normalizeEmail(email)).digest('hex')}`;
export const suppressedAddressKey = (email: string) => ({ PK: suppressionPk(email), SK: SUPPRESSION_SK });

export const suppressedAddressItem = ({ email, reason, at }: Suppression) => ({
  ...suppressedAddressKey(email),
  type: 'suppression',
  email: normalizeEmail(email),
  reason,
  suppressedAt: at,
});

export const fromSuppressedAddressItem = (item: Item): Suppression => ({
  email: item.email as string,
  reason: item.reason as string,
  at: item.suppressedAt as string,
});
