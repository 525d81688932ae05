/** The event configuration item: `EVENT#<id>` / `CONFIG`, listed in GSI1 `EVENTS`, in GSI2 `PROMOTIONS-DUE` while promotions are owed. */
import type { EventConfig } from '../../domain/event-config.ts';
import { eventPk } from '../table.ts';
import { valueOf, type Item } from './item.ts';

const EVENT_CONFIG_SK = 'CONFIG';
export const EVENTS_GSI1PK = 'EVENTS';
/** GSI2 partition of event configurations whose waiting-list promotions are still owed (see configure-event.ts). */
export const PROMOTIONS_DUE_GSI2PK = 'PROMOTIONS-DUE';

export const eventConfigKey = (eventId: string) => ({ PK: eventPk(eventId), SK: EVENT_CONFIG_SK });

export const eventConfigItem = (event: EventConfig) => ({
  ...eventConfigKey(event.id),
  GSI1PK: EVENTS_GSI1PK,
  GSI1SK: `${event.startDate}#${event.id}`,
  type: 'event',
  // While promotions are due the configuration sits in GSI2 (sparse), so the sweep finds it without a scan.
  ...(event.promotionsDue ? { GSI2PK: PROMOTIONS_DUE_GSI2PK, GSI2SK: `${event.promotionsDue}#${event.id}` } : {}),
  ...event,
});

export const fromEventConfigItem = (item: Item): EventConfig => valueOf<EventConfig>(item);
