/**
 * Optimistic concurrency: a use case reads, decides, and writes one transaction conditioned on what it
 * read. When a condition shows the world moved (another change won the race), it throws RetryLater and
 * runs again with fresh reads, after a jittered back-off so racers spread out instead of colliding again.
 */
import { Busy } from './problems.ts';

export class RetryLater extends Error {
  constructor(why: string) {
    super(why);
    this.name = 'RetryLater';
  }
}

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  capMs: number;
  sleep(ms: number): Promise<void>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 40,
  baseMs: 10,
  capMs: 1_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** "Full jitter" exponential back-off. */
const backoff = (policy: RetryPolicy, attempt: number): number => Math.random() * Math.min(policy.capMs, policy.baseMs * 2 ** attempt);

export const withRetries = async <T>(run: (attempt: number) => Promise<T>, policy: RetryPolicy = defaultRetryPolicy): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run(attempt);
    } catch (error) {
      if (!(error instanceof RetryLater)) throw error;
      if (attempt + 1 >= policy.attempts) throw new Busy();
      await policy.sleep(backoff(policy, attempt));
    }
  }
};
