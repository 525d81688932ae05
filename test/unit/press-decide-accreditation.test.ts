/** The accreditation use case against small fakes: what one commit carries, and how a refused commit is answered. */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import { makeDecideAccreditation } from '../../shared/domain/press/decide-accreditation.ts';
import type { Inquiry } from '../../shared/domain/press/inquiry.ts';
import { CommitRefused, type CommitPlan, type RefusalReason } from '../../shared/domain/registration/ports.ts';
import { fakeEvents, fakeInquiryStore, sampleConfig } from './press-fakes.ts';

const NOW = new Date('2026-05-01T12:00:00Z');
const officer = { name: 'press.officer@example.org', subject: 'local-press' };

const anInquiry = (over: Partial<Inquiry> = {}): Inquiry => ({
  id: '01JINQ0000000000000000000A',
  eventId: 'sacm-7',
  reference: 'SACM7-P-0001',
  status: 'received',
  journalist: { name: 'João Pedro Silva', email: 'joao@example.com', outlet: 'Folha', phone: '+55 11 5555 0100' },
  topic: 'accreditation',
  language: 'pt',
  subject: 'Accreditation',
  message: 'Please',
  contactId: 'technical-secretariat',
  ruleId: null,
  clock: { target: { dueAt: '2026-05-02T12:00:00.000Z' } },
  receivedAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
  version: 1,
  ...over,
});

/** The use case with an inquiry store holding `inquiry`, and a registration store whose commits answer `refusals` in turn. */
const setUp = (inquiry: Inquiry, refusals: (RefusalReason[] | ((plan: CommitPlan) => void))[] = []) => {
  const inquiries = fakeInquiryStore();
  inquiries.inquiries.set(inquiry.id, inquiry);
  const plans: CommitPlan[] = [];
  let n = 0;
  const decide = makeDecideAccreditation({
    events: fakeEvents(sampleConfig(NOW)),
    inquiries: inquiries.store,
    registrations: {
      nextReferenceNumber: async () => 7,
      commit: async (plan) => {
        plans.push(plan);
        const next = refusals.shift();
        if (typeof next === 'function') next(plan);
        else if (next) throw new CommitRefused(next);
      },
    },
    tokens: { tokenFor: async () => 'token' },
    clock: manualClock(NOW),
    ids: { id: () => `01J${String(++n).padStart(23, '0')}`, checkInCode: () => 'K7QM-4XPD' },
    retry: { attempts: 5, baseMs: 0, capMs: 0, sleep: async () => undefined },
  });
  return { decide, plans, inquiries };
};

describe('deciding an accreditation', () => {
  it('accrediting commits the press registration, its email and the inquiry decision together', async () => {
    const { decide, plans } = setUp(anInquiry());
    const decided = await decide('sacm-7', '01JINQ0000000000000000000A', { decision: 'accredit' }, officer);
    expect(plans).toHaveLength(1);
    const [plan] = plans;
    const [change] = plan!.changes;
    expect(change!.after).toMatchObject({
      status: 'confirmed',
      delegation: 'PRESS',
      delegationKind: 'press',
      role: 'press',
      reference: 'SACM7-D-0007',
      language: 'pt',
      checkInCode: 'K7QM-4XPD',
      participant: { givenName: 'João', familyName: 'Pedro Silva', institution: 'Folha', position: 'Jornalista' },
    });
    expect(change!.outbox.map((e) => [e.kind, e.language, e.to.email])).toEqual([['media-accredited', 'pt', 'joao@example.com']]);
    expect(plan!.inquiry).toMatchObject({ expectedVersion: 1, inquiry: { status: 'answered', version: 2 }, history: { action: 'accredited' } });
    expect(decided.accreditation).toMatchObject({ outcome: 'accredited', by: officer.name, registrationReference: 'SACM7-D-0007' });
  });

  it('a commit refused because the inquiry moved is decided again: decided by someone else meanwhile, 409 already-decided', async () => {
    const inquiry = anInquiry();
    const { decide, inquiries } = setUp(inquiry, [
      () => {
        // Another officer's decision lands first; our commit then fails on the inquiry and on the email it claimed.
        inquiries.inquiries.set(inquiry.id, { ...inquiry, version: 2, accreditation: { outcome: 'declined', at: NOW.toISOString(), by: 'x' } });
        throw new CommitRefused(['inquiry', 'email']);
      },
    ]);
    await expect(decide('sacm-7', inquiry.id, { decision: 'accredit' }, officer)).rejects.toMatchObject({ type: '/problems/already-decided' });
  });

  it('a full media capacity is 409 media-capacity-reached; a taken email is 409 already-registered', async () => {
    await expect(setUp(anInquiry(), [['quota']]).decide('sacm-7', anInquiry().id, { decision: 'accredit' }, officer)).rejects.toMatchObject({
      type: '/problems/media-capacity-reached',
    });
    await expect(setUp(anInquiry(), [['email']]).decide('sacm-7', anInquiry().id, { decision: 'accredit' }, officer)).rejects.toMatchObject({
      type: '/problems/already-registered',
    });
  });

  it('a changed configuration is read again and decided again, keeping the registration id and reference', async () => {
    const { decide, plans } = setUp(anInquiry(), [['config', 'quota']]);
    await decide('sacm-7', anInquiry().id, { decision: 'accredit' }, officer);
    expect(plans).toHaveLength(2);
    expect(plans[1]!.changes[0]!.after.id).toBe(plans[0]!.changes[0]!.after.id);
    expect(plans[1]!.changes[0]!.after.reference).toBe(plans[0]!.changes[0]!.after.reference);
  });

  it('declining writes the decision and the email with the reason; another topic or a second decision is refused', async () => {
    const { decide, inquiries } = setUp(anInquiry());
    await decide('sacm-7', anInquiry().id, { decision: 'decline', reason: 'Limited places' }, officer);
    const [write] = inquiries.writes;
    expect(write!.outbox.map((e) => [e.kind, e.data])).toEqual([
      ['media-declined', { journalistName: 'João Pedro Silva', inquiryId: anInquiry().id, reason: 'Limited places' }],
    ]);
    expect(write!.inquiry).toMatchObject({ status: 'answered', accreditation: { outcome: 'declined', reason: 'Limited places' } });
    await expect(decide('sacm-7', anInquiry().id, { decision: 'accredit' }, officer)).rejects.toMatchObject({ type: '/problems/already-decided' });
    const other = setUp(anInquiry({ topic: 'interview_request' }));
    await expect(other.decide('sacm-7', anInquiry().id, { decision: 'accredit' }, officer)).rejects.toMatchObject({
      type: '/problems/not-an-accreditation-request',
    });
  });
});
