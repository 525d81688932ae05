/**
 * One Idempotency-Key per distinct body: a double click or a retry after a lost answer replays the first
 * response instead of registering twice, while a corrected body gets a fresh key (the API answers 422 to
 * a reused key with a different body).
 */
import { useRef } from 'preact/hooks';

export const useIdempotencyKey = (): ((body: unknown) => string) => {
  const last = useRef<{ json: string; key: string } | null>(null);
  return (body) => {
    const json = JSON.stringify(body);
    if (last.current?.json !== json) last.current = { json, key: crypto.randomUUID() };
    return last.current.key;
  };
};
