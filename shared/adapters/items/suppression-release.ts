/**
 * A release of a suppressed address, kept as that address's history: `SUPPRESSED#<sha256>` / `RELEASE#<iso>#<ulid>`,
 * beside the suppression item itself (whose SK is `SUPPRESSED`), so the address's releases sort oldest first and a
 * lookup of the suppression (a GetItem on its own SK) never reads them. No raw address here, only its hash in the key.
 */
import type { SuppressionReleaseRecord } from '../../domain/notifications/suppression-release.ts';
import { suppressionPk } from './suppressed-address.ts';

export const suppressionReleaseItem = (address: string, record: SuppressionReleaseRecord) => ({
  PK: suppressionPk(address),
  SK: `RELEASE#${record.at}#${record.id}`,
  type: 'suppression-release',
  ...record,
});
