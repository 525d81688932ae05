/** A stored sample event and one sample outbox entry of every kind, for the email tests. */
import { EventConfigBody, type EventConfig } from '../../shared/domain/event-config.ts';
import { EMAIL_KINDS, outboxEntry, type EmailData, type EmailKind, type OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import type { Language } from '../../shared/domain/primitives.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { consoleLinks, type EmailLinks } from '../../shared/email/links.ts';

export const sampleStoredEvent = (eventId = 'sacm-7'): EventConfig => ({
  ...EventConfigBody.parse(sampleEvent(new Date('2026-05-01T12:00:00Z'))),
  id: eventId,
  updatedAt: '2026-05-01T12:00:00.000Z',
});

export const BASE_URL = 'https://plenary.example.org';

export const sampleLinks: EmailLinks = {
  manage: async (eventId, registrationId) => `${BASE_URL}/manage/${eventId}/${registrationId}#token=t0ken`,
  delegation: async (eventId, code) => `${BASE_URL}/delegations/${eventId}/${code}#token=t0ken`,
  ...consoleLinks(BASE_URL),
};

const REGISTRATION_ID = '01JZ0000000000000000000REG';
const INQUIRY_ID = '01JZ0000000000000000000INQ';

export const SAMPLE_DATA: { [K in EmailKind]: EmailData[K] } = {
  'registration-received': {
    participantName: 'Ana Pérez',
    registrationId: REGISTRATION_ID,
    status: 'pending_approval',
    delegation: 'AR',
    role: 'head_of_delegation',
  },
  'registration-received-secretariat': {
    participantName: 'Ana Pérez',
    participantEmail: 'ana@example.org',
    registrationId: REGISTRATION_ID,
    status: 'pending_approval',
    delegation: 'AR',
    role: 'head_of_delegation',
    institution: 'Ministry of Foreign Affairs',
    position: 'Director of Migration Policy',
    quotaUsed: 3,
    quota: 8,
  },
  'registration-confirmed': { participantName: 'Ana Pérez', registrationId: REGISTRATION_ID, checkInCode: 'K7Q-42X' },
  'registration-declined': { participantName: 'Ana Pérez', registrationId: REGISTRATION_ID, reason: 'The delegation list is complete.' },
  'registration-waitlisted': { participantName: 'Ana Pérez', registrationId: REGISTRATION_ID },
  'registration-promoted': { participantName: 'Ana Pérez', registrationId: REGISTRATION_ID, status: 'confirmed' },
  'registration-cancelled': { participantName: 'Ana Pérez', registrationId: REGISTRATION_ID, by: 'secretariat', reason: 'Duplicate registration.' },
  'registration-erased-secretariat': { registrationId: REGISTRATION_ID, delegation: 'AR', role: 'delegate', by: 'delegate', cancelled: true },
  'registration-nominated': {
    participantName: 'Ana Pérez',
    registrationId: REGISTRATION_ID,
    delegation: 'PE',
    role: 'delegate',
    focalPointName: 'Rosa Quispe',
  },
  'inquiry-received-contact': {
    inquiryId: INQUIRY_ID,
    contactId: 'regional-representative',
    journalistName: 'João Silva',
    journalistEmail: 'joao@example.com',
    journalistPhone: '+55 11 5555 0100',
    outlet: 'Folha',
    country: 'BR',
    topic: 'interview_request',
    subject: 'Interview with the Regional Representative',
    message: 'Hello,\nCould we talk on Tuesday?\nThanks',
    deadline: '2026-07-01T18:00:00-03:00',
  },
  'inquiry-received-journalist': {
    inquiryId: INQUIRY_ID,
    contactId: 'regional-representative',
    journalistName: 'João Silva',
    topic: 'interview_request',
    subject: 'Interview with the Regional Representative',
    deadline: '2026-07-01T18:00:00-03:00',
  },
  'focal-point-invited': {
    focalPointName: 'Rosa Quispe',
    focalPointId: '01JZ00000000000000000000FP',
    delegation: 'PE',
    nominationsCloseAt: '2026-06-15T18:00:00-04:00',
  },
  'delegation-submitted': { delegation: 'PE', focalPointName: 'Rosa Quispe', nominees: 3, headNamed: true },
  'delegation-returned': {
    focalPointName: 'Rosa Quispe',
    focalPointId: '01JZ00000000000000000000FP',
    delegation: 'PE',
    reason: 'The note verbale names a fourth delegate.',
  },
  'delegation-reminder': {
    focalPointName: 'Rosa Quispe',
    focalPointId: '01JZ00000000000000000000FP',
    delegation: 'PE',
    nominationsCloseAt: '2026-06-15T18:00:00-04:00',
    days: 3,
  },
  'inquiry-reminder': {
    inquiryId: INQUIRY_ID,
    contactId: 'regional-representative',
    threshold: 'target',
    dueAt: '2026-06-30T12:00:00-04:00',
    subject: 'Interview with the Regional Representative',
    journalistName: 'João Silva',
    outlet: 'Folha',
  },
};

const isInquiry = (kind: EmailKind) => kind.startsWith('inquiry');

/** Who each kind goes to, as the writers address it. */
const recipients: Record<EmailKind, { to: OutboxEntry['to']; replyTo?: OutboxEntry['replyTo'] }> = {
  'registration-received': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-received-secretariat': { to: { email: 'registrations@example.org' } },
  'registration-confirmed': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-declined': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-waitlisted': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-promoted': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-cancelled': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-nominated': { to: { email: 'ana@example.org', name: 'Ana Pérez' } },
  'registration-erased-secretariat': { to: { email: 'registrations@example.org' } },
  'inquiry-received-contact': {
    to: { email: 'regional-office@example.org', name: 'Office of the IOM Regional Representative' },
    replyTo: { email: 'joao@example.com', name: 'João Silva' },
  },
  'inquiry-received-journalist': { to: { email: 'joao@example.com', name: 'João Silva' } },
  'inquiry-reminder': { to: { email: 'regional-office@example.org' } },
  'focal-point-invited': { to: { email: 'rosa.quispe@example.org', name: 'Rosa Quispe' } },
  'delegation-submitted': { to: { email: 'registrations@example.org' } },
  'delegation-returned': { to: { email: 'rosa.quispe@example.org', name: 'Rosa Quispe' } },
  'delegation-reminder': { to: { email: 'rosa.quispe@example.org', name: 'Rosa Quispe' } },
};

let counter = 0;
const nextId = () => `01JZ${String(++counter).padStart(22, '0')}`;

export const sampleEntry = <K extends EmailKind>(
  kind: K,
  language: Language,
  overrides: { data?: Partial<EmailData[K]>; to?: OutboxEntry['to']; eventId?: string; id?: string } = {},
): OutboxEntry =>
  outboxEntry({
    id: overrides.id ?? nextId(),
    eventId: overrides.eventId ?? 'sacm-7',
    kind,
    ...recipients[kind],
    ...(overrides.to ? { to: overrides.to } : {}),
    language,
    reference: isInquiry(kind) ? 'SACM7-P-0007' : 'SACM7-D-0042',
    subjectId: isInquiry(kind) ? INQUIRY_ID : REGISTRATION_ID,
    data: { ...SAMPLE_DATA[kind], ...overrides.data } as EmailData[K],
    createdAt: '2026-06-01T12:00:00.000Z',
  });

export const ALL_KINDS = Object.values(EMAIL_KINDS);
