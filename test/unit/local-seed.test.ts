import { describe, expect, it } from 'vitest';
import { seedSampleEvent } from '../../local/seed.ts';
import { manualClock } from '../../shared/domain/clock.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import type { EventStore } from '../../shared/domain/event-use-cases.ts';

const memoryEvents = (): Pick<EventStore, 'get' | 'listPublished' | 'put'> & { stored: Map<string, EventConfig> } => {
  const stored = new Map<string, EventConfig>();
  return {
    stored,
    get: async (id) => stored.get(id),
    listPublished: async () => [...stored.values()].filter((e) => e.published),
    put: async (event) => {
      stored.set(event.id, event);
    },
  };
};

describe('seeding the sample event', () => {
  it('creates sacm-7 with registration open on the day it is seeded', async () => {
    const events = memoryEvents();
    const clock = manualClock('2026-03-01T12:00:00Z');
    expect(await seedSampleEvent({ events, clock })).toBe('created');
    const event = events.stored.get('sacm-7')!;
    expect(event.languages).toEqual(['es', 'pt', 'en', 'nl']);
    expect(new Date(event.registration.opensAt).getTime()).toBeLessThan(clock.now().getTime());
    expect(new Date(event.registration.closesAt).getTime()).toBeGreaterThan(clock.now().getTime());
  });

  it('keeps an existing event when run again, and replaces it on reset', async () => {
    const events = memoryEvents();
    const clock = manualClock('2026-03-01T12:00:00Z');
    await seedSampleEvent({ events, clock });
    const first = events.stored.get('sacm-7')!;
    clock.advance(30 * 24 * 60 * 60 * 1000);
    expect(await seedSampleEvent({ events, clock })).toBe('kept');
    expect(events.stored.get('sacm-7')).toEqual(first);
    expect(await seedSampleEvent({ events, clock, reset: true })).toBe('replaced');
    expect(events.stored.get('sacm-7')!.startDate > first.startDate).toBe(true);
  });
});
