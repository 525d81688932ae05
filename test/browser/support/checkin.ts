/**
 * Data for the check-in tests: confirmed participants of a fresh event, and their badges' signed codes. The test
 * process signs with the same derived key as the platform would (`badgeSigningKeys`) and publishes its public key,
 * so the roster the app downloads carries it. The check-in routes only read the published key, never the secret.
 */
import { expect } from 'vitest';
import { exportPublicKey, signCheckInCode } from '../../../shared/domain/badges/check-in-code.ts';
import { badgeSigningKeys } from '../../../shared/adapters/badge-signing-key.ts';
import { dynamoBadgeKeysStore } from '../../../shared/adapters/badge-keys-store.ts';
import { api, tokenFor } from '../../support/api.ts';

export interface Participant {
  id: string;
  reference: string;
  givenName: string;
  familyName: string;
}

/** Registers and approves each named participant (Chile's delegation unless said), in order. */
export const confirmedParticipants = async (
  eventId: string,
  people: { givenName: string; familyName: string; delegation?: string }[],
): Promise<Participant[]> => {
  const token = await tokenFor('secretariat');
  const confirmed: Participant[] = [];
  for (const [i, { givenName, familyName, delegation = 'CL' }] of people.entries()) {
    const registered = await api(`/events/${eventId}/registrations`, {
      body: {
        participant: { givenName, familyName, email: `p${i}.${eventId}@example.org`, position: 'Asesora', institution: 'Interior' },
        delegation,
        role: 'delegate',
        language: 'es',
        consent: { dataProcessing: true, listInParticipants: true },
      },
    });
    expect(registered.status, registered.text).toBe(201);
    const { id, reference } = registered.json as { id: string; reference: string };
    const decision = await api(`/admin/events/${eventId}/registrations/${id}/decision`, { body: { decision: 'approve' }, token });
    expect(decision.status, decision.text).toBe(200);
    confirmed.push({ id, reference, givenName, familyName });
  }
  return confirmed;
};

/** Publishes the event's badge key (as the badge routes do) and signs each participant's code. */
export const badgeCodes = async (eventId: string, registrationIds: readonly string[]): Promise<string[]> => {
  const { privateKey, publicKey } = await badgeSigningKeys(eventId);
  await dynamoBadgeKeysStore().publish(eventId, await exportPublicKey(publicKey), new Date());
  return Promise.all(registrationIds.map((registrationId) => signCheckInCode({ eventId, registrationId }, privateKey)));
};
