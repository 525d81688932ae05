/**
 * What the check-in app keeps on the device, in IndexedDB (idb-keyval, its own database): per event, the roster
 * (with the public key that verifies badges offline) and the queue of scans. `update` runs read-modify-write in one
 * IndexedDB transaction, so two quick scans never overwrite each other's queue.
 */
import { createStore, get, set, update } from 'idb-keyval';
import type { QueuedScan } from './scan-queue.ts';
import type { Roster } from './roster-types.ts';

const store = createStore('plenary-checkin', 'data');

export const loadRoster = (eventId: string): Promise<Roster | undefined> => get<Roster>(`roster:${eventId}`, store);

export const saveRoster = (roster: Roster): Promise<void> => set(`roster:${roster.eventId}`, roster, store);

export const updateRoster = async (eventId: string, change: (roster: Roster) => Roster): Promise<Roster | undefined> => {
  let result: Roster | undefined;
  await update<Roster | undefined>(`roster:${eventId}`, (roster) => (result = roster && change(roster)), store);
  return result;
};

export const loadQueue = async (eventId: string): Promise<QueuedScan[]> => (await get<QueuedScan[]>(`queue:${eventId}`, store)) ?? [];

export const updateQueue = async (eventId: string, change: (queue: QueuedScan[]) => QueuedScan[]): Promise<QueuedScan[]> => {
  let result: QueuedScan[] = [];
  await update<QueuedScan[]>(`queue:${eventId}`, (queue) => (result = change(queue ?? [])), store);
  return result;
};
