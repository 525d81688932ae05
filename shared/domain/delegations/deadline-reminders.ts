/**
 * Deadline reminders to the focal points of a delegation that has not submitted its list: 3 days and 1 day before
 * `nominationsCloseAt`, once each. The marker is the dossier's `remindersSent`, written in the same conditioned
 * transaction as the emails, so a sweep that runs twice (or two sweeps at once) sends each reminder once.
 */
import type { Clock } from '../clock.ts';
import { nominationsCloseAt, registrationModeOf } from '../event-config.ts';
import type { EventStore } from '../event-use-cases.ts';
import type { Ids } from '../ids.ts';
import { outboxEntry } from '../notifications/outbox.ts';
import { REMINDER_DAYS, emptyDossier, isOpenForChanges, type ReminderDays } from './dossier.ts';
import type { DossierStore } from './dossier-use-cases.ts';
import { isActiveFocalPoint } from './focal-point.ts';
import type { FocalPointStore } from './focal-point-use-cases.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The reminder owed now, if any: the most urgent threshold reached and not yet sent. Every threshold reached is
 * marked with it, so a sweep that starts late (after 1 day before) never sends the 3-day reminder after the 1-day one.
 */
export const dueReminder = (closeAt: string, now: Date, sent: readonly ReminderDays[]): { days: ReminderDays; mark: ReminderDays[] } | undefined => {
  const left = Date.parse(closeAt) - now.getTime();
  if (left <= 0) return undefined;
  const reached = REMINDER_DAYS.filter((d) => left <= d * DAY_MS);
  if (reached.length === 0 || reached.every((d) => sent.includes(d))) return undefined;
  return { days: Math.min(...reached) as ReminderDays, mark: [...new Set([...sent, ...reached])] };
};

export interface DeadlineReminderDeps {
  events: Pick<EventStore, 'listAll'>;
  dossiers: DossierStore;
  focalPoints: Pick<FocalPointStore, 'list'>;
  clock: Clock;
  ids: Ids;
}

export const makeSendDeadlineReminders =
  ({ events, dossiers, focalPoints, clock, ids }: DeadlineReminderDeps) =>
  async (): Promise<{ reminded: number; emails: number }> => {
    const now = clock.now();
    let reminded = 0;
    let emails = 0;
    for (const event of await events.listAll()) {
      const closeAt = nominationsCloseAt(event);
      const left = Date.parse(closeAt) - now.getTime();
      if (left <= 0 || left > Math.max(...REMINDER_DAYS) * DAY_MS) continue;
      const nominated = event.delegations.filter((d) => registrationModeOf(event, d.kind) === 'focal_point');
      if (nominated.length === 0) continue;
      const all = (await focalPoints.list(event.id)).filter(isActiveFocalPoint);
      for (const delegation of nominated) {
        const active = all.filter((f) => f.delegation === delegation.code);
        if (active.length === 0) continue;
        const dossier = (await dossiers.get(event.id, delegation.code)) ?? emptyDossier(event.id, delegation.code);
        if (!isOpenForChanges(dossier)) continue;
        const due = dueReminder(closeAt, now, dossier.remindersSent ?? []);
        if (!due) continue;
        const at = now.toISOString();
        const outbox = active.map((f) =>
          outboxEntry({
            id: ids.id(),
            eventId: event.id,
            kind: 'delegation-reminder',
            to: { email: f.email, name: f.name },
            language: f.language,
            reference: `${event.code}-${delegation.code}`,
            subjectId: f.id,
            createdAt: at,
            data: { focalPointName: f.name, focalPointId: f.id, delegation: delegation.code, nominationsCloseAt: closeAt, days: due.days },
          }),
        );
        // Lost to another write (a nomination's upload, a submission, a second sweep): the next sweep decides again.
        if (await dossiers.save({ ...dossier, remindersSent: due.mark, version: dossier.version + 1 }, outbox)) {
          reminded++;
          emails += outbox.length;
        }
      }
    }
    return { reminded, emails };
  };
