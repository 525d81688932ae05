import { describe, expect, it } from 'vitest';
import { recentEventReads } from '../../shared/adapters/event-config-read-cache.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';
import { sampleStoredEvent } from './email-samples.ts';

/** An event reader that counts its reads and answers what the test says. */
const counting = (answer: (eventId: string) => Promise<EventConfig | undefined>) => {
  const reads: string[] = [];
  return { reads, get: (eventId: string) => (reads.push(eventId), answer(eventId)) };
};

describe("the mailer's memory of event configurations", () => {
  it('reads a configuration once per event while it is fresh, and again after the TTL', async () => {
    let at = 0;
    const source = counting(async (id) => sampleStoredEvent(id));
    const events = recentEventReads(source, 5_000, () => at);
    // The records of one batch arrive together: they share the one read in flight.
    const [a, b] = await Promise.all([events.get('ev-1'), events.get('ev-1')]);
    at = 4_999;
    expect((await events.get('ev-1'))?.id).toBe('ev-1');
    expect(a).toBe(b);
    await events.get('ev-2');
    expect(source.reads).toEqual(['ev-1', 'ev-2']);
    at = 5_000;
    await events.get('ev-1');
    expect(source.reads).toEqual(['ev-1', 'ev-2', 'ev-1']);
  });

  it('never remembers an absence or a failed read', async () => {
    let answer: () => Promise<EventConfig | undefined> = async () => undefined;
    const source = counting(() => answer());
    const events = recentEventReads(source, 5_000, () => 0);
    expect(await events.get('ev-new')).toBeUndefined();
    answer = () => Promise.reject(new Error('ProvisionedThroughputExceededException'));
    await expect(events.get('ev-new')).rejects.toThrow('ProvisionedThroughputExceededException');
    answer = async () => sampleStoredEvent('ev-new');
    expect((await events.get('ev-new'))?.id).toBe('ev-new');
    expect(await events.get('ev-new')).toBeDefined();
    expect(source.reads).toHaveLength(3);
  });
});
