/**
 * What this process last learnt about full limits: when hundreds register at once they all read the
 * counters before the first commits land, and would each attempt a seat that is gone. A hint sends a
 * registration straight to the waiting list instead. Only a hint: that commit is conditioned on the limit
 * still being full, and a refusal clears it. Hints also fade after a few seconds.
 */
export interface FullnessHints {
  note(eventId: string, full: 'seats' | 'quota', delegation: string): void;
  full(eventId: string, delegation: string): 'seats' | 'quota' | undefined;
  clear(eventId: string): void;
}

export const inMemoryFullnessHints = (ttlMs = 3_000, now: () => number = Date.now): FullnessHints => {
  const seats = new Map<string, number>();
  const quotas = new Map<string, number>();
  const fresh = (at: number | undefined) => at !== undefined && now() - at < ttlMs;
  return {
    note(eventId, full, delegation) {
      if (full === 'seats') seats.set(eventId, now());
      else quotas.set(`${eventId}\n${delegation}`, now());
    },
    full(eventId, delegation) {
      if (fresh(seats.get(eventId))) return 'seats';
      if (fresh(quotas.get(`${eventId}\n${delegation}`))) return 'quota';
      return undefined;
    },
    clear(eventId) {
      seats.delete(eventId);
      for (const key of quotas.keys()) if (key.startsWith(`${eventId}\n`)) quotas.delete(key);
    },
  };
};

/** One per process, shared by every registration handled in it. */
export const processFullnessHints = inMemoryFullnessHints();
