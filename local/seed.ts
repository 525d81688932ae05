/** Stores the sample event (sacm-7) if it is missing, or replaces it on `reset`: safe to run again. */
import { EventConfigBody, toStoredEvent, type EventStore } from '../shared/domain/event-use-cases.ts';
import { SAMPLE_EVENT_ID, sampleEvent } from '../shared/domain/sample-event.ts';
import type { Clock } from '../shared/domain/clock.ts';

export type SeedOutcome = 'created' | 'kept' | 'replaced';

export const seedSampleEvent = async ({
  events,
  clock,
  reset = false,
}: {
  events: Pick<EventStore, 'get' | 'put'>;
  clock: Clock;
  reset?: boolean;
}): Promise<SeedOutcome> => {
  const existing = await events.get(SAMPLE_EVENT_ID);
  if (existing && !reset) return 'kept';
  // Validated like any PUT, so the seed can never store what the API would refuse.
  const body = EventConfigBody.parse(sampleEvent(clock.now()));
  await events.put(toStoredEvent(SAMPLE_EVENT_ID, body, clock));
  return existing ? 'replaced' : 'created';
};
