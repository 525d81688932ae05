/** Shared fixtures of the registration unit tests: a stored sample event and registrations. */
import { EventConfigBody, type EventConfig } from '../../shared/domain/event-config.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';

export const NOW = new Date('2026-05-01T12:00:00Z');

export const storedEvent = (registration: Partial<EventConfig['registration']> = {}): EventConfig => {
  const base = EventConfigBody.parse(sampleEvent(NOW));
  return { ...base, registration: { ...base.registration, ...registration }, id: 'sacm-7', updatedAt: '2026-05-01T00:00:00.000Z' };
};

let n = 0;
export const aRegistration = (over: Partial<Registration> = {}): Registration => {
  n++;
  return {
    id: `01J00000000000000000000${String(n).padStart(3, '0')}`,
    eventId: 'sacm-7',
    reference: `SACM7-D-${String(n).padStart(4, '0')}`,
    status: 'pending_approval',
    participant: {
      title: 'Ms.',
      givenName: 'Ana',
      familyName: 'Pérez',
      email: `ana${n}@example.org`,
      phone: '+58 212 555 0100',
      position: 'Director',
      institution: 'Ministry of Foreign Affairs',
    },
    delegation: 'AR',
    delegationKind: 'member_state',
    role: 'delegate',
    language: 'es',
    needs: { accessibility: '', dietary: '' },
    consent: { dataProcessing: true, listInParticipants: true },
    manageTokenHash: 'a'.repeat(64),
    tokenVersion: 1,
    createdAt: NOW.toISOString(),
    updatedAt: NOW.toISOString(),
    version: 1,
    ...over,
  };
};
