/** Shared bits of the check-in integration tests: confirmed participants, their badges' codes, the door's calls. */
import { inject } from 'vitest';
import { ulid } from 'ulidx';
import { createLocalAuth } from '../../local/local-auth.ts';
import { dynamoBadgeKeysStore } from '../../shared/adapters/badge-keys-store.ts';
import { badgeSigningKeys } from '../../shared/adapters/badge-signing-key.ts';
import { exportPublicKey, signCheckInCode } from '../../shared/domain/badges/check-in-code.ts';
import { api } from '../support/api.ts';
import { decide, partition, register, registrationBody, secretariat } from './registration-helpers.ts';

let checkinToken: Promise<string> | undefined;

/** A token of a colleague in the `checkin` group only (door staff), signed with the running platform's key. */
export const doorStaff = (): Promise<string> => {
  checkinToken ??= createLocalAuth(inject('platform').authKeyFile).then((auth) =>
    auth.sign({ sub: 'local-door-staff', email: 'door.staff@example.org', groups: ['checkin'] }),
  );
  return checkinToken;
};

/** Publishes the event's badge public key, as the first function that signs a badge of the event does. */
export const publishBadgeKey = async (eventId: string) => {
  const { publicKey } = await badgeSigningKeys(eventId);
  await dynamoBadgeKeysStore().publish(eventId, await exportPublicKey(publicKey), new Date());
};

/** The check-in code a badge of this registration carries (signed with the same derived key as the platform's). */
export const badgeCode = async (eventId: string, registrationId: string) =>
  signCheckInCode({ eventId, registrationId }, (await badgeSigningKeys(eventId)).privateKey);

/** A registration that the secretariat approved: confirmed, with its desk code. */
export const confirmedParticipant = async (eventId: string, over: Record<string, unknown> = {}) => {
  const registered = await register(eventId, registrationBody(over));
  if (registered.status !== 201 && registered.status !== 200) throw new Error(`register: ${registered.status} ${registered.text}`);
  const approved = await decide(eventId, registered.json.id, { decision: 'approve' });
  if (approved.status !== 200) throw new Error(`approve: ${approved.status} ${approved.text}`);
  return approved.json as { id: string; reference: string; checkInCode: string; delegation: string; participant: Record<string, string> };
};

export const scan = (over: Record<string, unknown> = {}) => ({ scanId: ulid(), scannedAt: new Date().toISOString(), device: 'Door A', ...over });

export const checkIn = async (eventId: string, body: unknown, { token, key }: { token?: string; key?: string } = {}) =>
  api(`/admin/events/${eventId}/check-ins`, {
    body,
    token: token ?? (await doorStaff()),
    headers: key ? { 'idempotency-key': key } : {},
  });

export const roster = async (eventId: string, query = '', token?: string) =>
  api(`/admin/events/${eventId}/check-in/roster${query}`, { token: token ?? (await doorStaff()) });

export const summary = async (eventId: string) => api(`/admin/events/${eventId}/summary`, { token: await secretariat() });

/** The event's check-in items and check-in counters, as stored. */
export const checkInState = async (eventId: string) => {
  const items = await partition(eventId);
  return {
    checkIns: items.filter((i) => String(i.SK).startsWith('CHECKIN#')),
    counters: Object.fromEntries(
      items
        .filter((i) => String(i.SK).startsWith('COUNTER#CHECKIN#'))
        .map((i) => [String(i.SK).slice('COUNTER#CHECKIN#'.length), Number(i.checkedIn)]),
    ),
  };
};
