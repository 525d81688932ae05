/**
 * The promotions sweep: finishes the promotions a change of limits left owed (a PUT that died after saving,
 * or one whose promotions outlasted its request) even when no newcomer comes to finish them. Running beside
 * a request that is still promoting is safe: both take the event's promotion turn and every step is conditioned.
 */
import type { Clock } from '../clock.ts';
import type { EventStore } from '../event-use-cases.ts';

export const makeFinishDuePromotions =
  ({
    events,
    clock,
    promoteWhileSeatsFree,
  }: {
    events: Pick<EventStore, 'withPromotionsDue'>;
    clock: Clock;
    promoteWhileSeatsFree: (eventId: string) => Promise<number>;
  }) =>
  async (): Promise<{ events: number; promoted: number }> => {
    const due = await events.withPromotionsDue(clock.now());
    let promoted = 0;
    // One event after the other: each takes its event's promotion turn, and a sweep is never in a hurry.
    for (const eventId of due) promoted += await promoteWhileSeatsFree(eventId);
    return { events: due.length, promoted };
  };
