/**
 * Focal points: `EVENT#<id>` / `FOCAL#<code>#<ulid>` (a delegation's focal points are one begins_with away), and
 * a delegation's history: `EVENT#<id>` / `DELEG#<code>#HIST#<iso>#<ulid>`, oldest first.
 */
import type { DelegationHistoryEntry, FocalPoint } from '../../domain/delegations/focal-point.ts';
import { eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const FOCAL_POINT_SK_PREFIX = 'FOCAL#';
export const focalPointSkPrefix = (code: string) => `${FOCAL_POINT_SK_PREFIX}${code}#`;
export const focalPointKey = (eventId: string, code: string, id: string) => ({ PK: eventPk(eventId), SK: `${focalPointSkPrefix(code)}${id}` });

export const focalPointItem = (f: FocalPoint) => ({ ...focalPointKey(f.eventId, f.delegation, f.id), type: 'focal-point', ...f });
export const fromFocalPointItem = (item: Item): FocalPoint => valueOf<FocalPoint>(item);

export const delegationHistoryItem = (h: DelegationHistoryEntry) => ({
  PK: eventPk(h.eventId),
  SK: `DELEG#${h.delegation}#HIST#${h.at}#${h.id}`,
  type: 'delegation-history',
  ...h,
});
