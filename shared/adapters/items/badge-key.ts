/**
 * An event's published badge public key, one item under `EVENT#<id>` / `BADGE-KEY`: `publicKey` (the raw Ed25519
 * key, base64url) and `publishedAt`. Written by the first function that signs a badge of the event (they alone can
 * derive the key pair), read by the check-in routes, which verify codes with it and never see the private key.
 */
import { eventPk } from '../table.ts';

export const badgeKeyKey = (eventId: string) => ({ PK: eventPk(eventId), SK: 'BADGE-KEY' });

export interface BadgeKeyItem {
  publicKey: string;
  publishedAt: string;
}
