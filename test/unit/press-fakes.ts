/** Small in-memory stand-ins for the press ports, for unit tests of the use cases. */
import { EventConfigBody, type EventConfig } from '../../shared/domain/event-config.ts';
import type { Inquiry } from '../../shared/domain/press/inquiry.ts';
import type { InquiryStore, InquiryWrite } from '../../shared/domain/press/ports.ts';
import type { RateLimiter } from '../../shared/domain/rate-limits.ts';
import { nextReminderAt } from '../../shared/domain/press/response-clock.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';

export const sampleConfig = (now: Date, overrides: Partial<EventConfigBody> = {}): EventConfig => ({
  ...EventConfigBody.parse({ ...sampleEvent(now), ...overrides }),
  id: 'sacm-7',
  updatedAt: now.toISOString(),
});

export const fakeEvents = (...events: EventConfig[]) => ({ get: async (id: string) => events.find((e) => e.id === id) });

export const sequentialIds = () => {
  let n = 0;
  return { id: () => `01J${String(++n).padStart(23, '0')}` };
};

export const fakeInquiryStore = () => {
  const inquiries = new Map<string, Inquiry>();
  const writes: InquiryWrite[] = [];
  let counter = 0;
  const store: InquiryStore = {
    nextReferenceNumber: async () => ++counter,
    create: async (write) => {
      inquiries.set(write.inquiry.id, write.inquiry);
      writes.push(write);
    },
    get: async (_eventId, id) => inquiries.get(id),
    getWithHistory: async () => undefined,
    update: async ({ expectedVersion, ...write }) => {
      if (inquiries.get(write.inquiry.id)?.version !== expectedVersion) return false;
      inquiries.set(write.inquiry.id, write.inquiry);
      writes.push(write);
      return true;
    },
    list: async () => ({ items: [...inquiries.values()], nextCursor: null }),
    dueForReminder: async (now) =>
      [...inquiries.values()].filter((i) => (nextReminderAt(i) ?? '9999') <= now.toISOString()).map((i) => ({ eventId: i.eventId, id: i.id })),
  };
  return { store, inquiries, writes, referencesDrawn: () => counter };
};

export const fakeRateLimiter = () => {
  const counts = new Map<string, number>();
  const limiter: RateLimiter = {
    consume: async ({ scope, value, window, limit }) => {
      const key = `${scope}:${value}:${window}`;
      const n = counts.get(key) ?? 0;
      if (n >= limit) return false;
      counts.set(key, n + 1);
      return true;
    },
  };
  return { limiter, counts };
};
