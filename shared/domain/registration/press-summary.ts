/** The summary's line for accredited journalists: they hold no seat and no quota, only a media place (COUNTER#QUOTA#PRESS). */
import { PRESS_DELEGATION } from '../badges/category.ts';
import type { EventConfig } from '../event-config.ts';
import type { Counters } from './seats.ts';

export const pressSummary = (event: Pick<EventConfig, 'registration'>, counters: Pick<Counters, 'quotas'>) => {
  const accredited = counters.quotas[PRESS_DELEGATION] ?? 0;
  const capacity = event.registration.mediaCapacity ?? null;
  return { accredited, mediaCapacity: capacity, available: capacity === null ? null : Math.max(0, capacity - accredited) };
};
