/** Stores the sample event (sacm-7) if it is missing, or replaces it on `reset`: safe to run again. */
import { EventConfigBody, toStoredEvent, type EventStore } from '../shared/domain/event-use-cases.ts';
import { NEXT_SAMPLE_EVENT_ID, SAMPLE_EVENT_ID, nextSampleEvent, sampleEvent } from '../shared/domain/sample-event.ts';
import type { makeFocalPoints } from '../shared/domain/delegations/focal-point-use-cases.ts';
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

/** The focal point for Peru that the seeded `sacm-8` invites (a reserved example domain: no real inbox). */
export const SEEDED_FOCAL_POINT = { code: 'PE', name: 'Rosa Quispe', email: 'focal-point.pe@example.org', language: 'es' } as const;

/**
 * Stores `sacm-8` (next year's meeting, member states nominated by focal points) if it is missing, or replaces it on
 * `reset`, and invites Peru's focal point through the same use case as the secretariat's route, so the invitation is
 * in the local mailbox. Run it once the mailer reads the stream (the invitation is an outbox entry like any other).
 */
export const seedNextSampleEvent = async ({
  events,
  focalPoints,
  clock,
  reset = false,
}: {
  events: Pick<EventStore, 'get' | 'put'>;
  focalPoints: ReturnType<typeof makeFocalPoints>;
  clock: Clock;
  reset?: boolean;
}): Promise<SeedOutcome> => {
  const existing = await events.get(NEXT_SAMPLE_EVENT_ID);
  if (existing && !reset) return 'kept';
  const body = EventConfigBody.parse(nextSampleEvent(clock.now()));
  await events.put(toStoredEvent(NEXT_SAMPLE_EVENT_ID, body, clock));
  const { code, ...invitation } = SEEDED_FOCAL_POINT;
  await focalPoints.invite(NEXT_SAMPLE_EVENT_ID, code, invitation, { kind: 'secretariat', name: 'seed' });
  return existing ? 'replaced' : 'created';
};
