/** Helpers for integration tests: call the local API, get demo tokens, make events of their own. */
import { inject } from 'vitest';
import { createLocalAuth, signInLocalUser, type LocalAuth, type LocalUserName } from '../../local/local-auth.ts';
import { dynamoEventStore } from '../../shared/adapters/events-store.ts';
import { systemClock } from '../../shared/domain/clock.ts';
import { EventConfigBody, toStoredEvent } from '../../shared/domain/event-use-cases.ts';
import type { EventConfig, EventConfigInput } from '../../shared/domain/event-config.ts';
import { sampleEvent } from '../../shared/domain/sample-event.ts';

export interface ApiAnswer {
  status: number;
  headers: Headers;
  /** The parsed body when it is JSON; tests assert on its shape, so it is left untyped. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  text: string;
}

export interface ApiOptions {
  method?: string;
  /** Sent as JSON with `Content-Type: application/json`. */
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** Sent as is (malformed JSON, wrong media types); give the Content-Type in `headers`. */
  rawBody?: string | Uint8Array;
  /** `manual` to see a redirect itself (303 and its Location) rather than where it leads. */
  redirect?: RequestRedirect;
}

/** `path` is relative to /api, e.g. `/events/sacm-7`. */
export const api = async (path: string, { method, body, token, headers = {}, rawBody, redirect }: ApiOptions = {}): Promise<ApiAnswer> => {
  const response = await fetch(`${inject('platform').apiUrl}${path}`, {
    ...(redirect ? { redirect } : {}),
    method: method ?? (body !== undefined || rawBody !== undefined ? 'POST' : 'GET'),
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    ...(rawBody !== undefined ? { body: rawBody as BodyInit } : body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
};

let auth: Promise<LocalAuth> | undefined;

/** A token of the demo user, signed with the running platform's key (as `POST /local/sign-in` gives). */
export const tokenFor = async (user: LocalUserName): Promise<string> => {
  auth ??= createLocalAuth(inject('platform').authKeyFile);
  return (await signInLocalUser(await auth, user)).token;
};

/** An event id no other test uses (a valid slug). */
export const uniqueEventId = (prefix = 'test'): string => `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

/** Stores a copy of the sample event under `eventId`, validated as a PUT would be, with `overrides` applied. */
export const createEvent = async (eventId: string, overrides: Partial<EventConfigInput> = {}): Promise<EventConfig> => {
  const body = EventConfigBody.parse({ ...sampleEvent(), ...overrides });
  const event = toStoredEvent(eventId, body, systemClock);
  await dynamoEventStore().put(event);
  return event;
};
