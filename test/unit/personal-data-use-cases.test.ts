/** The erasure use case with small fakes: the cancellation first (no email to the person), then one erasure plan. */
import { describe, expect, it } from 'vitest';
import { NotFound } from '../../shared/domain/errors.ts';
import { outboxEntry, type OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import type { ErasurePlan, PersonalDataStore } from '../../shared/domain/personal-data/ports.ts';
import { AlreadyErased } from '../../shared/domain/personal-data/problems.ts';
import { makeEraseRegistration } from '../../shared/domain/personal-data/registration-erasure.ts';
import type { HistoryEntry } from '../../shared/domain/registration/history.ts';
import type { CommitPlan, RegistrationStore } from '../../shared/domain/registration/ports.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { NOW, aRegistration, storedEvent } from './registration-fixtures.ts';

const email = (id: string, status: OutboxEntry['status']): OutboxEntry => ({
  ...outboxEntry({
    id,
    eventId: 'sacm-7',
    kind: 'registration-received',
    to: { email: 'ana@example.org', name: 'Ana Pérez' },
    language: 'es',
    reference: 'SACM7-D-0001',
    subjectId: 'r',
    createdAt: NOW.toISOString(),
    data: { participantName: 'Ana Pérez' } as never,
  }),
  status,
});

const setUp = (registration: Registration) => {
  let current = registration;
  const commits: CommitPlan[] = [];
  const erasures: ErasurePlan<Registration, HistoryEntry>[] = [];
  const history: HistoryEntry[] = [
    {
      id: 'h1',
      registrationId: registration.id,
      at: NOW.toISOString(),
      actor: { kind: 'delegate' },
      action: 'registered',
      to: registration.status,
      reason: 'Ana Pérez, please',
      emails: ['e1', 'e2'],
    },
  ];
  const emails = [email('e1', 'sent'), email('e2', 'pending')];
  const registrations = {
    get: async () => current,
    history: async () => history,
    counters: async () => ({ seats: 1, quotas: { AR: 1 }, waitlistVersion: 0, waiting: 0 }),
    findOnWaitlist: async () => undefined,
    commit: async (plan: CommitPlan) => {
      commits.push(plan);
      current = plan.changes[0]!.after;
    },
  } as unknown as RegistrationStore;
  const personalData: PersonalDataStore = {
    emails: async (ids) => emails.filter((e) => ids.includes(e.id)),
    eraseRegistration: async (plan) => {
      erasures.push(plan);
      current = plan.subject.after;
    },
    eraseInquiry: async () => undefined,
  };
  let n = 0;
  const erase = makeEraseRegistration({
    events: { get: async () => storedEvent(), forget: () => undefined },
    registrations,
    personalData,
    clock: { now: () => NOW },
    ids: { id: () => `01JZ${String(++n).padStart(22, '0')}`, checkInCode: () => 'CODE' },
  });
  return { erase, commits, erasures };
};

describe('erasing a registration', () => {
  it('cancels an active one first without an email to the person, then erases it in one plan that tells the secretariat', async () => {
    const { erase, commits, erasures } = setUp(aRegistration({ status: 'confirmed' }));
    const after = await erase('sacm-7', 'r', { by: 'delegate', authorize: () => undefined });

    expect(commits).toHaveLength(1);
    expect(commits[0]!.changes[0]!.after.status).toBe('cancelled');
    expect(commits[0]!.changes[0]!.outbox).toEqual([]);

    expect(erasures).toHaveLength(1);
    const plan = erasures[0]!;
    expect(after.erasedAt).toBe(NOW.toISOString());
    expect(plan.history.entries).toEqual([expect.not.objectContaining({ reason: expect.anything() })]);
    expect(plan.emails.drop.map((e) => e.id)).toEqual(['e2']);
    expect(plan.emails.keep.map((k) => [k.entry.id, k.entry.to.email, k.status])).toEqual([['e1', '', 'sent']]);
    expect(plan.added.entry).toMatchObject({ action: 'erased', actor: { kind: 'delegate' }, from: 'cancelled', to: 'cancelled' });
    const [notice] = plan.added.outbox;
    expect(notice).toMatchObject({ kind: 'registration-erased-secretariat', to: { email: storedEvent().secretariatEmail } });
    expect(notice!.data).toMatchObject({ by: 'delegate', cancelled: true, delegation: 'AR' });
    // What is written stays free of the person (the dropped emails are deleted, not written).
    expect(JSON.stringify({ after, history: plan.history, keep: plan.emails.keep, added: plan.added })).not.toMatch(/Ana|Pérez|ana\d*@/);
  });

  it("on the secretariat's request keeps the reason in the erased entry; a declined one is not cancelled again", async () => {
    const { erase, commits, erasures } = setUp(aRegistration({ status: 'declined' }));
    await erase('sacm-7', 'r', { by: 'secretariat', actor: { kind: 'secretariat', name: 'officer', sub: 's' }, reason: 'Letter of 3 June' });
    expect(commits).toEqual([]);
    expect(erasures[0]!.added.entry).toMatchObject({ action: 'erased', reason: 'Letter of 3 June', actor: { kind: 'secretariat' } });
    expect(erasures[0]!.added.outbox[0]!.data).toMatchObject({ by: 'secretariat', cancelled: false });
  });

  it('writes nothing for a wrong token, and refuses an erased registration', async () => {
    const { erase, commits, erasures } = setUp(aRegistration({ status: 'confirmed' }));
    const refuse = () => {
      throw new NotFound();
    };
    await expect(erase('sacm-7', 'r', { by: 'delegate', authorize: refuse })).rejects.toBeInstanceOf(NotFound);
    expect([commits, erasures]).toEqual([[], []]);

    const erased = setUp(aRegistration({ status: 'cancelled', erasedAt: NOW.toISOString() }));
    await expect(
      erased.erase('sacm-7', 'r', { by: 'secretariat', actor: { kind: 'secretariat', name: 'o' }, reason: 'again' }),
    ).rejects.toBeInstanceOf(AlreadyErased);
  });
});
