/**
 * `npm run sample-participants`: registers a handful of delegates and an observer in the sample event (sacm-7) of the
 * running `npm start` platform and approves them, so there is someone to print badges for and to check in at the
 * door. Everything goes through the public and console APIs, as a delegate and an officer would (the confirmations
 * land in the local mailbox). Safe to run again: an address already registered is skipped.
 * The names are in several scripts on purpose: the badges show every one of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { DEFAULT_DATA_DIR } from '../local/platform.ts';
import { SAMPLE_EVENT_ID } from '../shared/domain/sample-event.ts';

const PEOPLE = [
  { givenName: 'João', familyName: 'Conceição', delegation: 'BR', role: 'head_of_delegation', language: 'pt' },
  { givenName: 'Ana', familyName: 'Souza Lima', delegation: 'BR', role: 'delegate', language: 'pt' },
  { givenName: 'Mariana', familyName: 'Fernández', delegation: 'AR', role: 'head_of_delegation', language: 'es' },
  { givenName: 'Đorđe', familyName: 'Petrović', delegation: 'AR', role: 'adviser', language: 'en' },
  { givenName: 'Camila', familyName: 'Rojas Núñez', delegation: 'CL', role: 'head_of_delegation', language: 'es' },
  { givenName: 'Анна', familyName: 'Кузнецова', delegation: 'CL', role: 'adviser', language: 'en' },
  { givenName: 'محمد', familyName: 'الأمين', delegation: 'iom', role: 'observer', language: 'en' },
  { givenName: 'Sanne', familyName: 'de Vries', delegation: 'iom', role: 'observer', language: 'nl' },
] as const;

const platform = (): { apiUrl: string; baseUrl: string } => {
  const infoFile = join(DEFAULT_DATA_DIR, 'platform.json');
  if (!existsSync(infoFile)) throw new Error('No running platform found: start it with `npm start` first.');
  return JSON.parse(readFileSync(infoFile, 'utf8')) as { apiUrl: string; baseUrl: string };
};

const post = async (url: string, body: unknown, token?: string) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
};

const main = async (): Promise<void> => {
  const { apiUrl, baseUrl } = platform();
  const ids: string[] = [];
  for (const person of PEOPLE) {
    const email = `${
      person.familyName
        .normalize('NFKD')
        .replace(/[^A-Za-z]/g, '')
        .toLowerCase() || 'delegate'
    }.${person.delegation.toLowerCase()}.${ids.length + 1}@example.org`;
    const { status, json } = await post(`${apiUrl}/events/${SAMPLE_EVENT_ID}/registrations`, {
      participant: {
        givenName: person.givenName,
        familyName: person.familyName,
        email,
        position: 'Delegate',
        institution: 'Ministry of Foreign Affairs',
      },
      delegation: person.delegation,
      role: person.role,
      language: person.language,
      consent: { dataProcessing: true, listInParticipants: true },
    });
    if (status === 201) ids.push(String(json.id));
    console.log(
      `${person.givenName} ${person.familyName} (${person.delegation}): ${status === 201 ? `registered, ${String(json.reference)}` : `${status} ${String(json.title ?? '')}`}`,
    );
  }
  if (ids.length) {
    const signIn = await post(`${baseUrl}/local/sign-in`, { user: 'secretariat' });
    const decided = await post(
      `${apiUrl}/admin/events/${SAMPLE_EVENT_ID}/registrations/decisions`,
      { ids, decision: 'approve' },
      String(signIn.json.token),
    );
    console.log(`approved by the secretariat: ${decided.status === 200 ? ids.length : `${decided.status} ${String(decided.json.title ?? '')}`}`);
  }
  console.log(`\nBadges: ${baseUrl}/console/events/${SAMPLE_EVENT_ID}/participants (Print badges)`);
  console.log(`Door:   ${baseUrl}/checkin/${SAMPLE_EVENT_ID} (sign in as door.staff@example.org)`);
};

await main();
