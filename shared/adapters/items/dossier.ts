/**
 * A delegation's dossier: `EVENT#<id>` / `DELEG#<code>` (its history sits just after it, `DELEG#<code>#HIST#...`,
 * items/focal-point.ts). The event's dossiers are one begins_with(`DELEG#`) away, filtered on `type`.
 */
import type { DelegationDossier } from '../../domain/delegations/dossier.ts';
import { eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

export const DOSSIER_SK_PREFIX = 'DELEG#';
export const DOSSIER_TYPE = 'delegation-dossier';
export const dossierKey = (eventId: string, code: string) => ({ PK: eventPk(eventId), SK: `${DOSSIER_SK_PREFIX}${code}` });

export const dossierItem = (d: DelegationDossier) => ({ ...dossierKey(d.eventId, d.delegation), type: DOSSIER_TYPE, ...d });
export const fromDossierItem = (item: Item): DelegationDossier => valueOf<DelegationDossier>(item);
