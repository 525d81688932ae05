/** The pure rules of an erasure: what a registration, an inquiry, a history entry and an email keep afterwards. */
import { describe, expect, it } from 'vitest';
import { outboxEntry, type OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import {
  emailErasure,
  emailHoldsPersonalData,
  erasedRegistration,
  historyHoldsText,
  scrubbedHistoryEntry,
} from '../../shared/domain/personal-data/erase-registration.ts';
import { erasedInquiry, scrubbedInquiryHistoryEntry } from '../../shared/domain/personal-data/erase-inquiry.ts';
import { nextReminderAt } from '../../shared/domain/press/response-clock.ts';
import type { Inquiry } from '../../shared/domain/press/inquiry.ts';
import { NOW, aRegistration } from './registration-fixtures.ts';

const LATER = '2026-06-01T09:00:00.000Z';
const personal = ['Ana', 'Pérez', '@example.org', '+58', 'Director', 'Ministry', 'Ms.', 'wheelchair', 'vegan', 'Duplicate'];

const anEmail = (status: OutboxEntry['status']): OutboxEntry => ({
  ...outboxEntry({
    id: `01JZ000000000000000000${status.slice(0, 4).toUpperCase()}`,
    eventId: 'sacm-7',
    kind: 'registration-received',
    to: { email: 'ana@example.org', name: 'Ana Pérez' },
    language: 'es',
    reference: 'SACM7-D-0001',
    subjectId: '01J00000000000000000000001',
    createdAt: NOW.toISOString(),
    data: { participantName: 'Ana Pérez', registrationId: '01J00000000000000000000001', status: 'confirmed', delegation: 'AR', role: 'delegate' },
  }),
  status,
  ...(status === 'sent' ? { sentAt: NOW.toISOString(), sesMessageId: 'ses-1' } : {}),
});

describe('an erased registration', () => {
  const before = aRegistration({
    status: 'cancelled',
    needs: { accessibility: 'wheelchair', dietary: 'vegan' },
    reason: 'Duplicate',
    checkInCode: 'K7Q-42X',
  });
  const after = erasedRegistration(before, LATER);

  it('keeps what the statistics need: id, event, reference, delegation, role, status, language and dates', () => {
    expect(after).toMatchObject({
      id: before.id,
      eventId: before.eventId,
      reference: before.reference,
      delegation: 'AR',
      delegationKind: 'member_state',
      role: 'delegate',
      status: 'cancelled',
      language: 'es',
      createdAt: before.createdAt,
      erasedAt: LATER,
      updatedAt: LATER,
      version: before.version + 1,
    });
  });

  it('holds nothing personal: names, email, phone, position, institution, title, needs, consent, reason, check-in code', () => {
    const text = JSON.stringify(after);
    for (const trace of personal) expect(text).not.toContain(trace);
    expect(after.participant).toEqual({ givenName: '', familyName: '', email: '', position: '', institution: '' });
    expect(after.consent).toEqual({ dataProcessing: false, listInParticipants: false });
    expect(after.checkInCode).toBeUndefined();
  });

  it('no longer matches any manage token, and its token version moved', () => {
    expect(after.manageTokenHash).toBe('');
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);
  });
});

describe('history and emails after an erasure', () => {
  it('a history entry loses its free text and keeps who, what and when', () => {
    const entry = {
      id: 'h1',
      registrationId: 'r1',
      at: LATER,
      actor: { kind: 'secretariat' as const, name: 'officer@example.org', sub: 's-1' },
      action: 'cancelled' as const,
      from: 'confirmed' as const,
      to: 'cancelled' as const,
      reason: 'Ana Pérez called: she is ill',
      emails: ['e1'],
    };
    expect(historyHoldsText(entry)).toBe(true);
    const { reason: _reason, ...kept } = entry;
    expect(scrubbedHistoryEntry(entry)).toEqual(kept);
    expect(historyHoldsText(scrubbedHistoryEntry(entry))).toBe(false);
  });

  it.each(['pending', 'sending', 'uncertain', 'failed', 'suppressed'] as const)(
    'an email never sent (%s) is dropped: it must not go out now',
    (status) => {
      expect(emailErasure(anEmail(status))).toEqual({ drop: anEmail(status) });
    },
  );

  it('a sent email keeps only its kind, dates and status', () => {
    const erasure = emailErasure(anEmail('sent'));
    expect('keep' in erasure).toBe(true);
    if (!('keep' in erasure)) return;
    expect(erasure.keep).toMatchObject({ kind: 'registration-received', status: 'sent', sentAt: NOW.toISOString(), to: { email: '' }, data: {} });
    expect(JSON.stringify(erasure.keep)).not.toContain('Ana');
    expect(emailHoldsPersonalData(erasure.keep)).toBe(false);
    expect(emailHoldsPersonalData(anEmail('sent'))).toBe(true);
  });
});

describe('an erased inquiry', () => {
  const inquiry: Inquiry = {
    id: '01J0000000000000000000INQ1',
    eventId: 'sacm-7',
    reference: 'SACM7-P-0001',
    status: 'acknowledged',
    journalist: { name: 'João Silva', email: 'joao@example.com', phone: '+55 11 5555 0100', outlet: 'Folha', country: 'BR' },
    topic: 'interview_request',
    language: 'pt',
    subject: 'Interview with João',
    message: 'Call João on his mobile',
    deadline: '2026-05-04T12:00:00.000Z',
    contactId: 'regional-representative',
    ruleId: 'interviews',
    clock: { target: { dueAt: '2026-05-02T12:00:00.000Z' }, deadline: { dueAt: '2026-05-04T12:00:00.000Z' } },
    receivedAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 3,
  };

  it("loses the journalist's details, subject and message; keeps topic, dates, status, reference and routing", () => {
    const after = erasedInquiry(inquiry, LATER);
    expect(JSON.stringify(after)).not.toMatch(/João|joao|Folha|\+55|BR"/);
    expect(after).toMatchObject({
      reference: inquiry.reference,
      status: 'acknowledged',
      topic: inquiry.topic,
      deadline: inquiry.deadline,
      contactId: inquiry.contactId,
      ruleId: inquiry.ruleId,
      receivedAt: inquiry.receivedAt,
      erasedAt: LATER,
      version: 4,
    });
  });

  it('owes no more reminders (they would quote the journalist)', () => {
    expect(nextReminderAt(inquiry)).toBeDefined();
    expect(nextReminderAt(erasedInquiry(inquiry, LATER))).toBeUndefined();
  });

  it('a history entry loses its note', () => {
    const entry = { id: 'h', inquiryId: inquiry.id, at: LATER, action: 'status_changed' as const, by: 'press', note: 'Called João' };
    expect(scrubbedInquiryHistoryEntry(entry)).toEqual({ id: 'h', inquiryId: inquiry.id, at: LATER, action: 'status_changed', by: 'press' });
  });
});
