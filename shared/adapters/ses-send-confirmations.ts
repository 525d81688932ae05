/**
 * Where the retry sweep learns whether SES took an `uncertain` entry's email (the port is in
 * shared/domain/notifications/outbox-confirmation.ts):
 * - in AWS, from the entry itself: the configuration set publishes a Send event with the message's tags to SNS, and
 *   the SES feedback worker writes `sendConfirmedAt` on the entry it names (`recordedSendConfirmations`);
 * - locally, from the SES emulator's store (`GET /store`), which keeps each message's headers, its outbox id
 *   among them (`emulatorSendConfirmations`). A fake SES in the tests serves the same.
 */
import { OUTBOX_ID_HEADER, type OutboxEntry } from '../domain/notifications/outbox.ts';
import type { SendConfirmations } from '../domain/notifications/outbox-confirmation.ts';

export const recordedSendConfirmations = (outbox: { get(id: string): Promise<OutboxEntry | undefined> }): SendConfirmations => ({
  async find(entry) {
    // The listed entry may be older than the feedback worker's write: read it again, consistently.
    const current = await outbox.get(entry.id);
    return current?.sendConfirmedAt && current.confirmedMessageId
      ? { messageId: current.confirmedMessageId, at: current.sendConfirmedAt }
      : undefined;
  },
});

interface StoredEmail {
  messageId?: string;
  /** Epoch seconds. */
  at?: number;
  headers?: { name?: string; value?: string }[];
}

/** How long the emulator may take to answer `GET /store`; a failure settles nothing (the sweep asks again). */
const LOOKUP_TIMEOUT_MS = 5_000;

export const emulatorSendConfirmations = (endpoint: string): SendConfirmations => ({
  async find(entry) {
    // Only messages stored since the send (a minute of slack for clocks): any copy of this entry counts.
    const since = Math.floor(Date.parse(entry.attemptedAt ?? entry.createdAt) / 1000) - 60;
    const response = await fetch(`${endpoint}/store?since=${since}`, { signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`SES emulator store answered ${response.status}`);
    const { emails = [] } = (await response.json()) as { emails?: StoredEmail[] };
    const wanted = OUTBOX_ID_HEADER.toLowerCase();
    const found = emails.find((email) => email.headers?.some((h) => h.name?.toLowerCase() === wanted && h.value === entry.id));
    if (!found?.messageId) return undefined;
    return { messageId: found.messageId, at: new Date((found.at ?? since + 60) * 1000).toISOString() };
  },
});
