/**
 * Releasing a suppressed address: the secretariat learns that a delegate's mailbox works again (they fixed a full
 * or closed mailbox, or withdrew a complaint by phone) and lets mail go to it again. The suppression list is not per
 * event, so the release goes through one of this event's suppressed emails: an officer can only release an address
 * their event wrote to, never look up or release an address by typing it. The release takes the address off the list,
 * keeps a record (who, when, why, and what was lifted) in the address's release history, and moves that email from
 * `suppressed` to `failed`, so the secretariat's redrive sends it; all in one transaction.
 */
import * as z from 'zod/mini';
import type { Clock } from '../clock.ts';
import { Conflict, NotFound } from '../errors.ts';
import type { Ids } from '../ids.ts';
import { text } from '../primitives.ts';
import type { EmailRelease, OutboxEntry } from './outbox.ts';
import type { Suppression } from './outbox-suppression.ts';

export const ReleaseBody = z
  .strictObject({
    /** Why mail may go to this address again (kept in the release history; never sent to anyone). */
    reason: text(1000),
  })
  .register(z.globalRegistry, { id: 'SuppressionRelease' });

/** One release, as the address's release history keeps it (no address: the history sits under its hash). */
export interface SuppressionReleaseRecord extends EmailRelease {
  id: string;
  eventId: string;
  emailId: string;
  /** The officer's Cognito subject, beside the display name. */
  bySub: string;
  /** The suppression taken off the list; null when the address had already been released for another email. */
  lifted: Pick<Suppression, 'reason' | 'at'> | null;
}

export class EmailNotSuppressed extends Conflict {
  constructor() {
    super('not-suppressed', 'Not suppressed', 'This email is not held back for a suppressed address (it may have been released meanwhile).');
  }
}

export interface ReleaseStore {
  get(id: string): Promise<OutboxEntry | undefined>;
  /** Lifts the suppression, records the release and moves the entry to failed; false when it was no longer suppressed. */
  releaseSuppressed(entry: OutboxEntry, record: SuppressionReleaseRecord, address: string): Promise<boolean>;
}

export const makeReleaseSuppressedEmail =
  ({
    outbox,
    suppressions,
    clock,
    ids,
  }: {
    outbox: ReleaseStore;
    suppressions: { find(email: string): Promise<Suppression | undefined> };
    clock: Clock;
    ids: Pick<Ids, 'id'>;
  }) =>
  async (eventId: string, emailId: string, { reason, actor }: { reason: string; actor: { name: string; sub: string } }): Promise<OutboxEntry> => {
    const entry = await outbox.get(emailId);
    if (!entry || entry.eventId !== eventId) throw new NotFound('No such email in this event.');
    if (entry.status !== 'suppressed') throw new EmailNotSuppressed();
    const current = await suppressions.find(entry.to.email);
    const release: EmailRelease = { at: clock.now().toISOString(), by: actor.name, reason };
    const record: SuppressionReleaseRecord = {
      ...release,
      id: ids.id(),
      eventId,
      emailId,
      bySub: actor.sub,
      lifted: current ? { reason: current.reason, at: current.at } : null,
    };
    if (!(await outbox.releaseSuppressed(entry, record, entry.to.email))) throw new EmailNotSuppressed();
    return { ...entry, status: 'failed', lastError: 'Released', release };
  };

/** What a suppression reason (`bounce:Permanent/General`, `complaint:abuse`) says, for the console. */
export interface SuppressionCause {
  cause: 'bounce' | 'complaint';
  /** Bounces: Permanent (the only kind that suppresses). */
  bounceType: string | null;
  /** Bounces: General, NoEmail, Suppressed...; complaints: the feedback type (abuse, fraud...). */
  subType: string | null;
}

export const causeOfSuppression = (reason: string): SuppressionCause | null => {
  const [cause, detail = ''] = reason.split(':', 2);
  if (cause === 'complaint') return { cause, bounceType: null, subType: detail || null };
  if (cause !== 'bounce') return null;
  const [bounceType = '', subType = ''] = detail.split('/', 2);
  return { cause, bounceType: bounceType || null, subType: subType || null };
};
