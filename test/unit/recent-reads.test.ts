/** The per-process read caches of event configurations (shared/adapters/recent-reads.ts and its two users). */
import { describe, expect, it } from 'vitest';
import { recentReads } from '../../shared/adapters/recent-reads.ts';
import { recentEvents } from '../../shared/adapters/registrations-event-cache.ts';
import type { EventConfig } from '../../shared/domain/event-config.ts';

const counting = <T>(answer: (key: string, n: number) => Promise<T>) => {
  const calls: string[] = [];
  return { calls, read: (key: string) => (calls.push(key), answer(key, calls.length)) };
};

describe('recent reads', () => {
  it('shares one read between callers within the time, and reads again after it', async () => {
    let clock = 0;
    const { calls, read } = counting(async (key, n) => `${key}#${n}`);
    const reads = recentReads(read, { ttlMs: 5_000, now: () => clock, keep: () => true });
    expect(await Promise.all([reads.get('a'), reads.get('a')])).toEqual(['a#1', 'a#1']);
    clock = 4_999;
    expect(await reads.get('a')).toBe('a#1');
    clock = 5_000;
    expect(await reads.get('a')).toBe('a#2');
    expect(calls).toEqual(['a', 'a']);
  });

  it('forgets at once what `keep` refuses and a failed read, and on `forget`', async () => {
    let fail = true;
    const { calls, read } = counting(async (key) => {
      if (key === 'broken' && fail) throw new Error('blip');
      return key === 'absent' ? undefined : key;
    });
    const reads = recentReads(read, { ttlMs: 60_000, keep: (value) => value !== undefined });
    expect(await reads.get('absent')).toBeUndefined();
    expect(await reads.get('absent')).toBeUndefined();
    await expect(reads.get('broken')).rejects.toThrow('blip');
    fail = false;
    expect(await reads.get('broken')).toBe('broken');
    expect(await reads.get('kept')).toBe('kept');
    reads.forget('kept');
    expect(await reads.get('kept')).toBe('kept');
    expect(calls).toEqual(['absent', 'absent', 'broken', 'broken', 'kept', 'kept']);
  });

  it("keeps a published event for the registration, never an unpublished one, and forgets on the event's own save", async () => {
    const stored = new Map<string, EventConfig>([
      ['open', { id: 'open', published: true } as EventConfig],
      ['draft', { id: 'draft', published: false } as EventConfig],
    ]);
    let gets = 0;
    const events = recentEvents({
      get: async (id) => (gets++, stored.get(id)),
      listPublished: async () => [],
      put: async (event) => void stored.set(event.id, event),
    });
    await events.get('open');
    await events.get('open');
    await events.get('draft');
    await events.get('draft');
    expect(gets).toBe(3);
    await events.put({ id: 'open', published: true, title: 'new' } as unknown as EventConfig, {} as never);
    expect(await events.get('open')).toMatchObject({ title: 'new' });
    expect(gets).toBe(4);
  });
});
