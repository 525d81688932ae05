/**
 * What the registration benchmarks send: a fresh bench event (the sample event's delegations, with the limits a
 * scenario asks for) and registration requests as the public form sends them, Idempotency-Key included.
 */
import { randomUUID } from 'node:crypto';
import { EventConfigBody, toStoredEvent } from '../shared/domain/event-use-cases.ts';
import { sampleEvent } from '../shared/domain/sample-event.ts';
import { systemClock } from '../shared/domain/clock.ts';
import type { Operation } from './load.ts';

export interface BenchLimits {
  capacity: number;
  quotas: { member_state: number; observer: number };
}

/** Room for everyone: no waitlist, no quota refusals. */
export const ROOMY: BenchLimits = { capacity: 100_000, quotas: { member_state: 10_000, observer: 10_000 } };

/** The sample event's delegations (12 member states, 4 observers), in the order the benchmarks cycle through them. */
export const benchDelegations = (): { code: string; kind: 'member_state' | 'observer' }[] =>
  (sampleEvent(new Date()).delegations ?? []).map(({ code, kind }) => ({ code, kind }));

/** A fresh, open, published event with the sample event's delegations, waiting list and approval, and `limits`. */
export const createBenchEvent = async (eventId: string, code: string, limits: BenchLimits = ROOMY): Promise<void> => {
  // Loaded only now, never statically: the platform sets TABLE_NAME and DYNAMODB_ENDPOINT before any adapter
  // module loads, and refuses to start if one was loaded earlier.
  const { dynamoEventStore } = await import('../shared/adapters/events-store.ts');
  const base = sampleEvent(new Date());
  const body = EventConfigBody.parse({
    ...base,
    code,
    // Every request comes from one client (127.0.0.1): lift the per-client rate limit, which is not under measure.
    registration: { ...base.registration, ...limits, clientLimitPerHour: 100_000 },
  });
  await dynamoEventStore().put(toStoredEvent(eventId, body, systemClock));
};

export interface RegistrationRequest {
  email: string;
  delegation: string;
  role: 'head_of_delegation' | 'delegate' | 'observer';
}

export const registrationBody = ({ email, delegation, role }: RegistrationRequest, index: number) =>
  JSON.stringify({
    participant: {
      title: 'Ms.',
      givenName: 'Bench',
      familyName: `Delegate ${index}`,
      email,
      phone: '+58 212 555 0100',
      position: 'Adviser',
      institution: 'Ministry of Foreign Affairs',
    },
    delegation,
    role,
    language: 'en',
    needs: { accessibility: '', dietary: '' },
    consent: { dataProcessing: true, listInParticipants: false },
  });

/** `POST /api/events/{id}/registrations` as the form sends it: JSON body and a fresh Idempotency-Key. */
export const postRegistration = (apiUrl: string, eventId: string, request: RegistrationRequest, index: number): Promise<Response> =>
  fetch(`${apiUrl}/events/${eventId}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
    body: registrationBody(request, index),
  });

/** The problem type of an answer (`already-registered`), if it is a problem. */
export const problemType = (text: string): string | undefined => /"type"\s*:\s*"\/problems\/([\w-]+)"/.exec(text)?.[1];

/** 'ok' for the expected status, else the status and problem type, e.g. `409 already-registered`. */
export const httpOperation =
  (expected: number, request: (index: number) => Promise<Response>): Operation =>
  async (index) => {
    const response = await request(index);
    const text = await response.text();
    if (response.status === expected) return 'ok';
    const type = problemType(text);
    return `${response.status}${type ? ` ${type}` : ''}`;
  };

/** How many emails the SES emulator holds (everything the mailer sent since the platform started). */
export const emailsSent = async (sesEndpoint: string): Promise<number> => {
  const response = await fetch(`${sesEndpoint}/store`);
  return ((await response.json()) as { emails: unknown[] }).emails.length;
};
