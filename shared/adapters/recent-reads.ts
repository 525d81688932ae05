/**
 * A few seconds of memory of reads, per process: what both event-configuration caches share
 * (registrations-event-cache.ts for the registration, event-config-read-cache.ts for the mailer). The promise is
 * kept, so callers that ask together share one read; a value `keep` refuses (an absence, an unpublished event) and
 * a failed read are forgotten at once, so the next caller reads again.
 */
export interface RecentReads<T> {
  get(key: string): Promise<T>;
  forget(key: string): void;
}

export const recentReads = <T>(
  read: (key: string) => Promise<T>,
  { ttlMs, now = Date.now, keep }: { ttlMs: number; now?: () => number; keep: (value: T) => boolean },
): RecentReads<T> => {
  const cache = new Map<string, { at: number; value: Promise<T> }>();
  return {
    get(key) {
      const hit = cache.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value;
      const value = read(key);
      cache.set(key, { at: now(), value });
      // Only this read is forgotten: a newer one may have replaced it meanwhile.
      const forget = () => cache.get(key)?.value === value && cache.delete(key);
      value.then((found) => keep(found) || forget()).catch(forget);
      return value;
    },
    forget(key) {
      cache.delete(key);
    },
  };
};
