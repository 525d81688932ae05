/** Shared bits of the registration integration tests: bodies, calls, and reading what the table holds. */
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../../shared/adapters/dynamo.ts';
import { env } from '../../shared/adapters/env.ts';
import { outboxPk, OUTBOX_SK } from '../../shared/adapters/items/outbox-entry.ts';
import { eventPk } from '../../shared/adapters/table.ts';
import type { EventConfigInput } from '../../shared/domain/event-config.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, createEvent, tokenFor, uniqueEventId } from '../support/api.ts';

export const MEMBER_STATES = ['AR', 'BO', 'BR', 'CL', 'CO', 'EC', 'GY', 'PY', 'PE', 'SR', 'UY', 'VE'] as const;

let counter = 0;
/** A unique address per call, so tests never collide on the email claim unless they mean to. */
export const uniqueEmail = (tag = 'delegate') => `${tag}-${Date.now().toString(36)}-${++counter}@example.org`;

export const registrationBody = (over: Record<string, unknown> = {}) => ({
  participant: {
    title: 'Ms.',
    givenName: 'Ana',
    familyName: 'Pérez',
    email: uniqueEmail(),
    phone: '+58 212 555 0100',
    position: 'Director of Migration Policy',
    institution: 'Ministry of Foreign Affairs',
  },
  delegation: 'AR',
  role: 'delegate',
  language: 'es',
  needs: { accessibility: '', dietary: 'vegetarian' },
  consent: { dataProcessing: true, listInParticipants: true },
  ...over,
});

export const withParticipant = (over: Record<string, unknown>, rest: Record<string, unknown> = {}) => {
  const body = registrationBody(rest);
  return { ...body, participant: { ...body.participant, ...over } };
};

/** A fresh copy of the sample event (open for registration) under its own id. */
export const registrationEvent = async (
  prefix: string,
  registration: Partial<EventConfigInput['registration']> = {},
  overrides: Partial<EventConfigInput> = {},
) => {
  const eventId = uniqueEventId(prefix);
  const base = sampleEvent();
  const event = await createEvent(eventId, { ...overrides, registration: { ...base.registration, ...registration } });
  return { eventId, event };
};

export const register = (eventId: string, body: unknown, headers: Record<string, string> = {}) =>
  api(`/events/${eventId}/registrations`, { body, headers });

/** The token from a `manageUrl` (it rides in the fragment). */
export const tokenOf = (manageUrl: string): string => new URLSearchParams(new URL(manageUrl).hash.slice(1)).get('token') ?? '';

export const secretariat = () => tokenFor('secretariat');

export const adminGet = async (eventId: string, id: string) => api(`/admin/events/${eventId}/registrations/${id}`, { token: await secretariat() });

export const decide = async (eventId: string, id: string, body: unknown) =>
  api(`/admin/events/${eventId}/registrations/${id}/decision`, { body, token: await secretariat() });

export const adminCancel = async (eventId: string, id: string, reason = 'Replaced by the ministry') =>
  api(`/admin/events/${eventId}/registrations/${id}/cancel`, { body: { reason }, token: await secretariat() });

export const selfCancel = (eventId: string, id: string, token: string) =>
  api(`/events/${eventId}/registrations/${id}/cancel`, { method: 'POST', token });

type Item = Record<string, unknown>;

/** Every item in the event's partition, read strongly consistently. */
export const partition = async (eventId: string): Promise<Item[]> => {
  const items: Item[] = [];
  let ExclusiveStartKey: Item | undefined;
  do {
    const page = await documentClient().send(
      new QueryCommand({
        TableName: env.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': eventPk(eventId) },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

const sk = (item: Item) => String(item.SK);

/** What the event's partition says, by kind of item. */
export const tableState = async (eventId: string) => {
  const items = await partition(eventId);
  const registrations = items.filter((i) => i.type === 'registration');
  return {
    items,
    registrations,
    active: registrations.filter((r) => r.status === 'pending_approval' || r.status === 'confirmed'),
    waitlisted: registrations.filter((r) => r.status === 'waitlisted'),
    history: items.filter((i) => i.type === 'registration-history'),
    emailClaims: items.filter((i) => sk(i).startsWith('EMAIL#')),
    headClaims: items.filter((i) => sk(i).startsWith('HOD#')),
    waitlistEntries: items.filter((i) => sk(i).startsWith('WAIT#')),
    seats: Number(items.find((i) => sk(i) === 'COUNTER#SEATS')?.active ?? 0),
    quotas: Object.fromEntries(
      items.filter((i) => sk(i).startsWith('COUNTER#QUOTA#')).map((i) => [sk(i).slice('COUNTER#QUOTA#'.length), Number(i.active)]),
    ),
    waiting: Number(items.find((i) => sk(i) === 'COUNTER#WAITLIST')?.waiting ?? 0),
  };
};

export const outboxEntry = async (id: string): Promise<OutboxEntry | undefined> => {
  const { Item } = await documentClient().send(
    new GetCommand({ TableName: env.tableName, Key: { PK: outboxPk(id), SK: OUTBOX_SK }, ConsistentRead: true }),
  );
  return Item as OutboxEntry | undefined;
};

/** The emails owed by a registration so far, from the outbox ids its history records. */
export const emailsOwed = async (eventId: string, id: string): Promise<OutboxEntry[]> => {
  const { json } = await adminGet(eventId, id);
  const ids = (json.history as { emails: string[] }[]).flatMap((h) => h.emails);
  return (await Promise.all(ids.map(outboxEntry))).filter((e): e is OutboxEntry => e !== undefined);
};
