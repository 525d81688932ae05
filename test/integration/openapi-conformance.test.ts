/**
 * Every operation of the published OpenAPI document, called on the running local platform as its users call it
 * (public, with a manage token, as each group), and every real answer checked against the document with a real
 * JSON Schema 2020-12 validator (Ajv): its status must be documented for the operation, its content type among
 * that response's, and its body valid against that response's schema. The response schemas are closed
 * (`additionalProperties: false`), so a field the document does not name fails too.
 *
 * One event, made through the API, a few registrations and inquiries, then one request per operation and per
 * interesting status. The last test checks that every documented operation was called.
 */
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sampleEvent } from '../../shared/domain/sample-event.ts';
import { api, tokenFor, uniqueEventId, type ApiAnswer, type ApiOptions } from '../support/api.ts';
import { inquiryBody } from './press-helpers.ts';
import { registrationBody, tokenOf } from './registration-helpers.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { badgeCode, doorStaff, publishBadgeKey, scan } from './venue-helpers.ts';

// ajv-formats is CommonJS: imported from ESM its default is `module.exports`, whose `default` is the plugin.
const addFormats = ajvFormats.default;

type Method = 'get' | 'put' | 'post' | 'patch' | 'delete';
interface Schema {
  [keyword: string]: unknown;
}
interface Operation {
  operationId: string;
  security?: Record<string, string[]>[];
  responses: Record<string, { description: string; content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Partial<Record<Method, Operation>>>;
  components: { schemas: Record<string, Schema>; securitySchemes: Record<string, unknown> };
}

const DOCUMENT_ID = 'https://plenary.invalid/api/openapi.json';
const UNKNOWN_ID = '01ARZ3NDEKTSV4RRFFQ69G5FAV';

let document: Document;
let ajv: Ajv2020;
const validators = new Map<string, ValidateFunction>();
/** `get /api/health` -> the statuses it was seen answering. */
const seen = new Map<string, Set<number>>();

const pointer = (...parts: string[]) => parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

const validatorFor = (ref: string): ValidateFunction => {
  let validate = validators.get(ref);
  if (!validate) validators.set(ref, (validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${ref}` })));
  return validate;
};

/** `false`, or a schema that says something (`{}` and `true` accept anything). */
const isClosing = (value: unknown) => value === false || (typeof value === 'object' && value !== null && Object.keys(value).length > 0);

const mediaTypeOf = (answer: ApiAnswer) => (answer.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
const isJson = (mediaType: string) => /^application\/(?:[\w.+-]+\+)?json$/.test(mediaType);

/** Fails unless `answer` is one the document promises for `method template`: status, content type and body. */
const expectDocumented = (method: Method, template: string, answer: ApiAnswer) => {
  const where = `${method.toUpperCase()} ${template} -> ${answer.status}`;
  const operation = document.paths[template]?.[method];
  expect(operation, `${where}: no such operation in the document`).toBeDefined();
  const response = operation!.responses[String(answer.status)];
  expect(response, `${where}: status not documented (documented: ${Object.keys(operation!.responses).join(', ')})`).toBeDefined();
  const content = response!.content ?? {};
  if (answer.text === '') {
    expect(Object.keys(content), `${where}: an empty body where the document promises content`).toEqual([]);
    return;
  }
  const mediaType = mediaTypeOf(answer);
  expect(Object.keys(content), `${where}: content type ${mediaType} not documented`).toContain(mediaType);
  expect(content[mediaType]!.schema, `${where}: no schema for ${mediaType}`).toBeDefined();
  const validate = validatorFor(pointer('paths', template, method, 'responses', String(answer.status), 'content', mediaType, 'schema'));
  const valid = validate(isJson(mediaType) ? answer.json : answer.text);
  expect(validate.errors ?? [], `${where}: the body does not match the documented schema`).toEqual([]);
  expect(valid).toBe(true);
};

/**
 * Calls `path` (under /api) as the operation `method template`, expects `status` (so each case tests what it says)
 * and checks the answer against the document.
 */
const call = async (method: Method, template: string, path: string, status: number, options: ApiOptions = {}): Promise<ApiAnswer> => {
  const answer = await api(path, { ...options, method: method.toUpperCase() });
  expect(answer.status, `${method.toUpperCase()} ${path}: ${answer.text.slice(0, 300)}`).toBe(status);
  expectDocumented(method, template, answer);
  const key = `${method} ${template}`;
  if (!seen.has(key)) seen.set(key, new Set());
  seen.get(key)!.add(answer.status);
  return answer;
};

let clients = 0;
/** Each public POST comes from its own client, so only the rate-limit case meets the event's per-client limit. */
const fromNewClient = () => ({ 'X-Plenary-Viewer-Address': `198.51.100.${++clients}:40000` });

/** Over the 64 KiB every body route accepts. */
const oversized = { rawBody: JSON.stringify({ padding: 'x'.repeat(70 * 1024) }), headers: { 'content-type': 'application/json' } };
const notJson = { rawBody: 'reason=none', headers: { 'content-type': 'application/x-www-form-urlencoded' } };

const eventId = uniqueEventId('conform');
let secretariat: string;
let press: string;
/** A registration the secretariat approves, then cancels; and one the delegate cancels. */
const a = { id: '', token: '' };
const b = { id: '', token: '' };
let inquiryId = '';

beforeAll(async () => {
  const served = await api('/openapi.json');
  document = served.json as Document;
  // Strict: an unknown keyword or format in a response schema is an error of the document, not something to skip.
  ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // The document is added whole so each response schema's `#/components/schemas/...` references resolve in it. Its
  // own top-level fields are no JSON Schema keywords: they are declared as such (annotations that check nothing),
  // so strict mode still refuses any unknown keyword inside the schemas themselves.
  for (const keyword of Object.keys(served.json)) ajv.addKeyword({ keyword });
  ajv.addSchema({ ...served.json, $id: DOCUMENT_ID }, DOCUMENT_ID);
  [secretariat, press] = await Promise.all([tokenFor('secretariat'), tokenFor('press')]);
});

describe('the published OpenAPI document', () => {
  it("is served as documented, closes its response objects and states every operation's security", async () => {
    await call('get', '/api/openapi.json', '/openapi.json', 200);
    await call('get', '/api/health', '/health', 200);

    expect(Object.keys(document.components.securitySchemes).sort()).toEqual(['cognito', 'manageToken']);
    const open: string[] = [];
    const walk = (schema: unknown, where: string): void => {
      if (Array.isArray(schema)) return schema.forEach((s, i) => walk(s, `${where}/${i}`));
      if (!schema || typeof schema !== 'object') return;
      const s = schema as Schema;
      if (typeof s.$ref === 'string') {
        const name = s.$ref.split('/').pop()!;
        // The document's own schema names only its top level: the rest is OpenAPI 3.1's, not ours to close.
        if (name !== 'OpenApiDocument' && !visited.has(name)) {
          visited.add(name);
          walk(document.components.schemas[name], `#/components/schemas/${name}`);
        }
        return;
      }
      // Closed: `additionalProperties: false`, or a schema for every other key (a record such as `byStatus`).
      if (s.type === 'object' && !(isClosing(s.additionalProperties) || isClosing(s.unevaluatedProperties))) open.push(where);
      for (const [keyword, value] of Object.entries(s)) walk(value, `${where}/${keyword}`);
    };
    const visited = new Set<string>();
    for (const [template, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations) as [Method, Operation][]) {
        expect(operation.security, `${method} ${template}: no security stated`).toBeDefined();
        for (const [status, response] of Object.entries(operation.responses)) {
          for (const [mediaType, media] of Object.entries(response.content ?? {})) walk(media.schema, `${method} ${template} ${status} ${mediaType}`);
        }
      }
    }
    expect(open, 'response objects that accept fields the document does not name').toEqual([]);
  });
});

describe('every operation answers as documented', () => {
  it('events: the secretariat configures one through the API; the public reads it', async () => {
    const template = '/api/admin/events/{eventId}';
    const path = `/admin/events/${eventId}`;
    // One client limit per hour, so the second public POST from one client is refused (429) below.
    const body = { ...sampleEvent(), registration: { ...sampleEvent().registration, clientLimitPerHour: 1 } };
    await call('put', template, path, 201, { body, token: secretariat });
    await call('put', template, path, 200, { body, token: secretariat });
    const invalid = await call('put', template, path, 400, { body: { ...body, capacity: 'many', unknown: 1 }, token: secretariat });
    expect(invalid.json.errors.length).toBeGreaterThan(0);
    await call('put', template, path, 401, { body });
    await call('put', template, path, 403, { body, token: press });
    await call('put', template, path, 413, { ...oversized, token: secretariat });
    await call('put', template, path, 415, { ...notJson, token: secretariat });

    const loaded = await call('get', template, path, 200, { token: secretariat });
    await call('put', template, path, 200, { body, token: secretariat, headers: { 'If-Match': loaded.json.updatedAt } });
    await call('put', template, path, 412, { body, token: secretariat, headers: { 'If-Match': loaded.json.updatedAt } });
    // If-None-Match: * only creates, and this id is taken.
    await call('put', template, path, 412, { body, token: secretariat, headers: { 'If-None-Match': '*' } });
    await call('get', template, `/admin/events/${uniqueEventId('absent')}`, 404, { token: secretariat });
    await call('get', template, path, 401);
    await call('get', template, path, 403, { token: press });
    const all = await call('get', '/api/admin/events', '/admin/events', 200, { token: secretariat });
    expect(all.json.items.map((e: { id: string }) => e.id)).toContain(eventId);
    const copy = { newEventId: uniqueEventId('copy'), shiftDays: 365 };
    await call('post', '/api/admin/events/{eventId}/copy', `${path}/copy`, 201, { body: copy, token: secretariat });
    await call('post', '/api/admin/events/{eventId}/copy', `${path}/copy`, 409, { body: copy, token: secretariat });
    await call('post', '/api/admin/events/{eventId}/copy', `${path}/copy`, 400, { body: { ...copy, shiftDays: 'a year' }, token: secretariat });
    await call('post', '/api/admin/events/{eventId}/copy', `${path}/copy`, 401, { body: copy });
    await call('post', '/api/admin/events/{eventId}/copy', `${path}/copy`, 403, { body: copy, token: press });
    await call('get', '/api/admin/events', '/admin/events', 401);
    await call('get', '/api/admin/events', '/admin/events', 403, { token: press });

    const list = await call('get', '/api/events', '/events', 200);
    expect(list.json.items.map((e: { id: string }) => e.id)).toContain(eventId);
    await call('get', '/api/events/{eventId}', `/events/${eventId}`, 200);
    await call('get', '/api/events/{eventId}', `/events/${uniqueEventId('absent')}`, 404);
    await call('get', '/api/events/{eventId}', '/events/Not%20a%20slug', 400);
  });

  it('registration: delegates register, read, correct and cancel with their manage token', async () => {
    const template = '/api/events/{eventId}/registrations';
    const path = `/events/${eventId}/registrations`;
    const first = registrationBody();
    const registered = await call('post', template, path, 201, { body: first, headers: fromNewClient() });
    Object.assign(a, { id: registered.json.id, token: tokenOf(registered.json.manageUrl) });
    const second = await call('post', template, path, 201, { body: registrationBody({ delegation: 'BO' }), headers: fromNewClient() });
    Object.assign(b, { id: second.json.id, token: tokenOf(second.json.manageUrl) });

    await call('post', template, path, 409, {
      body: registrationBody({ participant: first.participant, delegation: 'CL' }),
      headers: fromNewClient(),
    });
    const key = randomUUID();
    await call('post', template, path, 201, {
      body: registrationBody({ delegation: 'CO' }),
      headers: { ...fromNewClient(), 'Idempotency-Key': key },
    });
    await call('post', template, path, 422, {
      body: registrationBody({ delegation: 'EC' }),
      headers: { ...fromNewClient(), 'Idempotency-Key': key },
    });
    const invalid = await call('post', template, path, 400, { body: { ...registrationBody(), role: 'king' }, headers: fromNewClient() });
    expect(invalid.json.errors.map((e: { path: string }) => e.path)).toContain('role');
    await call('post', template, path, 413, { ...oversized, headers: { ...oversized.headers, ...fromNewClient() } });
    await call('post', template, path, 415, { ...notJson, headers: { ...notJson.headers, ...fromNewClient() } });
    const client = fromNewClient();
    await call('post', template, path, 201, { body: registrationBody({ delegation: 'GY' }), headers: client });
    await call('post', template, path, 429, { body: registrationBody({ delegation: 'PY' }), headers: client });

    const own = '/api/events/{eventId}/registrations/{id}';
    await call('get', own, `/events/${eventId}/registrations/${a.id}`, 200, { token: a.token });
    await call('get', own, `/events/${eventId}/registrations/${a.id}`, 404);
    await call('get', own, `/events/${eventId}/registrations/${a.id}?token=${a.token}`, 400);
    await call('patch', own, `/events/${eventId}/registrations/${a.id}`, 200, { body: { needs: { dietary: 'vegan' } }, token: a.token });
    await call('patch', own, `/events/${eventId}/registrations/${a.id}`, 400, { body: { status: 'confirmed' }, token: a.token });
    await call('patch', own, `/events/${eventId}/registrations/${a.id}`, 404, { body: { language: 'en' } });
    await call('patch', own, `/events/${eventId}/registrations/${a.id}`, 413, { ...oversized, token: a.token });
    await call('patch', own, `/events/${eventId}/registrations/${a.id}`, 415, { ...notJson, token: a.token });
    await call('get', '/api/events/{eventId}/registrations/{id}/calendar.ics', `/events/${eventId}/registrations/${a.id}/calendar.ics`, 409, {
      token: a.token,
    });

    const cancel = '/api/events/{eventId}/registrations/{id}/cancel';
    const cancelPath = `/events/${eventId}/registrations/${b.id}/cancel`;
    await call('post', cancel, cancelPath, 200, { token: b.token, headers: fromNewClient() });
    await call('post', cancel, cancelPath, 409, { token: b.token, headers: fromNewClient() });
    await call('post', cancel, cancelPath, 404, { headers: fromNewClient() });
    await call('post', cancel, cancelPath, 400, { body: { reason: 'x', extra: true }, token: b.token, headers: fromNewClient() });
  });

  it('registration: the secretariat reads, counts, exports, decides and cancels', async () => {
    const summary = '/api/admin/events/{eventId}/summary';
    await call('get', summary, `/admin/events/${eventId}/summary`, 200, { token: secretariat });
    await call('get', summary, `/admin/events/${eventId}/summary`, 401);
    await call('get', summary, `/admin/events/${eventId}/summary`, 403, { token: press });

    const list = '/api/admin/events/{eventId}/registrations';
    const page = await call('get', list, `/admin/events/${eventId}/registrations?limit=2`, 200, { token: secretariat });
    expect(page.json.items).toHaveLength(2);
    await call('get', list, `/admin/events/${eventId}/registrations?cursor=forged`, 400, { token: secretariat });

    const csv = '/api/admin/events/{eventId}/registrations.csv';
    await call('get', csv, `/admin/events/${eventId}/registrations.csv`, 200, { token: secretariat });
    await call('get', csv, `/admin/events/${eventId}/registrations.csv?audience=publication`, 200, { token: secretariat });
    await call('get', csv, `/admin/events/${eventId}/registrations.csv?audience=everyone`, 400, { token: secretariat });

    const one = '/api/admin/events/{eventId}/registrations/{id}';
    await call('get', one, `/admin/events/${eventId}/registrations/${a.id}`, 200, { token: secretariat });
    await call('get', one, `/admin/events/${eventId}/registrations/${UNKNOWN_ID}`, 404, { token: secretariat });

    const decision = '/api/admin/events/{eventId}/registrations/{id}/decision';
    const decisionPath = `/admin/events/${eventId}/registrations/${a.id}/decision`;
    await call('post', decision, decisionPath, 200, { body: { decision: 'approve' }, token: secretariat });
    await call('post', decision, decisionPath, 409, { body: { decision: 'approve' }, token: secretariat });
    await call('post', decision, decisionPath, 400, { body: { decision: 'maybe' }, token: secretariat });
    await call('get', '/api/events/{eventId}/registrations/{id}/calendar.ics', `/events/${eventId}/registrations/${a.id}/calendar.ics`, 200, {
      token: a.token,
    });

    const cancel = '/api/admin/events/{eventId}/registrations/{id}/cancel';
    const cancelPath = `/admin/events/${eventId}/registrations/${a.id}/cancel`;
    const key = randomUUID();
    await call('post', cancel, cancelPath, 200, {
      body: { reason: 'Replaced by the ministry' },
      token: secretariat,
      headers: { 'Idempotency-Key': key },
    });
    await call('post', cancel, cancelPath, 422, { body: { reason: 'Another reason' }, token: secretariat, headers: { 'Idempotency-Key': key } });
    await call('post', cancel, cancelPath, 409, { body: { reason: 'Again' }, token: secretariat });
    await call('post', cancel, cancelPath, 403, { body: { reason: 'Press may not' }, token: press });
  });

  it('registration at scale: the secretariat searches, sorts, filters and decides many at once', async () => {
    const list = '/api/admin/events/{eventId}/registrations';
    const listPath = `/admin/events/${eventId}/registrations`;
    const searched = await call('get', list, `${listPath}?q=perez&sort=-name&kind=member_state&limit=1`, 200, { token: secretariat });
    expect(searched.json.items).toHaveLength(1);
    await call('get', list, `${listPath}?role=delegate&delegation=BO&status=pending_approval&sort=status`, 200, { token: secretariat });
    await call('get', list, `${listPath}?sort=surname`, 400, { token: secretariat });
    await call('get', list, `${listPath}?q=ana&limit=1&cursor=${searched.json.nextCursor}`, 400, { token: secretariat });

    const registrations = `/events/${eventId}/registrations`;
    const ids: string[] = [];
    for (const delegation of ['PE', 'SR'])
      ids.push((await api(registrations, { body: registrationBody({ delegation }), headers: fromNewClient() })).json.id);
    const bulk = '/api/admin/events/{eventId}/registrations/decisions';
    const bulkPath = `/admin/events/${eventId}/registrations/decisions`;
    const decided = await call('post', bulk, bulkPath, 200, { body: { ids: [...ids, a.id], decision: 'approve' }, token: secretariat });
    expect(decided.json.results.map((r: { outcome: string }) => r.outcome)).toEqual(['approved', 'approved', 'refused']);
    await call('post', bulk, bulkPath, 400, { body: { ids, decision: 'decline' }, token: secretariat });
    await call('post', bulk, bulkPath, 401, { body: { ids, decision: 'approve' } });
    await call('post', bulk, bulkPath, 403, { body: { ids, decision: 'approve' }, token: press });
    await call('post', bulk, `/admin/events/${uniqueEventId('absent')}/registrations/decisions`, 404, {
      body: { ids, decision: 'approve' },
      token: secretariat,
    });
  });

  it('press: a journalist sends an inquiry; an officer lists, reads and answers it', async () => {
    const template = '/api/events/{eventId}/inquiries';
    const path = `/events/${eventId}/inquiries`;
    const accepted = await call('post', template, path, 202, { body: inquiryBody(), headers: fromNewClient() });
    inquiryId = accepted.json.id;
    await call('post', template, path, 400, { body: inquiryBody({ topic: 'gossip' }), headers: fromNewClient() });
    await call('post', template, `/events/${uniqueEventId('absent')}/inquiries`, 404, { body: inquiryBody(), headers: fromNewClient() });

    const list = '/api/admin/events/{eventId}/inquiries';
    const page = await call('get', list, `/admin/events/${eventId}/inquiries`, 200, { token: press });
    expect(page.json.items).toHaveLength(1);
    await call('get', list, `/admin/events/${eventId}/inquiries?cursor=forged`, 400, { token: press });
    await call('get', list, `/admin/events/${eventId}/inquiries`, 401);

    const one = '/api/admin/events/{eventId}/inquiries/{id}';
    await call('get', one, `/admin/events/${eventId}/inquiries/${inquiryId}`, 200, { token: press });
    await call('get', one, `/admin/events/${eventId}/inquiries/${UNKNOWN_ID}`, 404, { token: press });

    const status = '/api/admin/events/{eventId}/inquiries/{id}/status';
    const statusPath = `/admin/events/${eventId}/inquiries/${inquiryId}/status`;
    await call('post', status, statusPath, 200, { body: { status: 'answered', note: 'By phone' }, token: press });
    await call('post', status, statusPath, 409, { body: { status: 'answered' }, token: press });
    await call('post', status, statusPath, 400, { body: { status: 'received' }, token: press });
  });

  it('personal data: a delegate downloads and erases their data; the secretariat and a press officer erase on a request', async () => {
    const registrations = `/events/${eventId}/registrations`;
    const made = await api(registrations, { body: registrationBody({ delegation: 'UY' }), headers: fromNewClient() });
    const other = await api(registrations, { body: registrationBody({ delegation: 'UY' }), headers: fromNewClient() });
    const [own, otherId] = [{ id: made.json.id, token: tokenOf(made.json.manageUrl) }, other.json.id as string];

    const data = '/api/events/{eventId}/registrations/{id}/data';
    await call('get', data, `/events/${eventId}/registrations/${own.id}/data`, 200, { token: own.token });
    await call('get', data, `/events/${eventId}/registrations/${own.id}/data?token=${own.token}`, 400);

    const erase = '/api/events/{eventId}/registrations/{id}/erase';
    const erasePath = `/events/${eventId}/registrations/${own.id}/erase`;
    await call('post', erase, erasePath, 400, { body: { confirm: true }, token: own.token, headers: fromNewClient() });
    await call('post', erase, erasePath, 200, { token: own.token, headers: { ...fromNewClient(), 'Idempotency-Key': randomUUID() } });
    await call('post', erase, erasePath, 404, { token: own.token, headers: fromNewClient() });
    await call('get', data, `/events/${eventId}/registrations/${own.id}/data`, 404, { token: own.token });

    const adminErase = '/api/admin/events/{eventId}/registrations/{id}/erase';
    const adminErasePath = `/admin/events/${eventId}/registrations/${otherId}/erase`;
    await call('post', adminErase, adminErasePath, 400, { body: {}, token: secretariat });
    await call('post', adminErase, adminErasePath, 200, { body: { reason: 'Asked by letter' }, token: secretariat });
    await call('post', adminErase, adminErasePath, 409, { body: { reason: 'Asked by letter' }, token: secretariat });
    await call('post', adminErase, `/admin/events/${eventId}/registrations/${UNKNOWN_ID}/erase`, 404, { body: { reason: 'x' }, token: secretariat });

    const inquiry = await api(`/events/${eventId}/inquiries`, { body: inquiryBody(), headers: fromNewClient() });
    const inquiryErase = '/api/admin/events/{eventId}/inquiries/{id}/erase';
    const inquiryErasePath = `/admin/events/${eventId}/inquiries/${inquiry.json.id}/erase`;
    await call('post', inquiryErase, inquiryErasePath, 400, { body: { reason: '' }, token: press });
    await call('post', inquiryErase, inquiryErasePath, 200, { body: { reason: 'Asked by email' }, token: press });
    await call('post', inquiryErase, inquiryErasePath, 409, { body: { reason: 'Asked by email' }, token: press });
  });

  it('notifications: the secretariat lists the emails by status and redrives them', async () => {
    const list = '/api/admin/events/{eventId}/emails';
    let listed = 0;
    for (const status of ['pending', 'sending', 'uncertain', 'sent', 'failed', 'suppressed']) {
      const page = await call('get', list, `/admin/events/${eventId}/emails?status=${status}`, 200, { token: secretariat });
      listed += page.json.items.length;
    }
    expect(listed, 'the registrations and the inquiry owe emails').toBeGreaterThan(0);
    await call('get', list, `/admin/events/${eventId}/emails?status=lost`, 400, { token: secretariat });
    await call('get', list, `/admin/events/${eventId}/emails`, 403, { token: press });

    const redrive = '/api/admin/events/{eventId}/emails/redrive';
    const path = `/admin/events/${eventId}/emails/redrive`;
    await call('post', redrive, path, 200, { token: secretariat });
    const key = randomUUID();
    await call('post', redrive, path, 200, { body: { stuckAfterMinutes: 60 }, token: secretariat, headers: { 'Idempotency-Key': key } });
    await call('post', redrive, path, 422, { body: { stuckAfterMinutes: 30 }, token: secretariat, headers: { 'Idempotency-Key': key } });
    await call('post', redrive, path, 400, { body: { stuckAfterMinutes: -1 }, token: secretariat });
  });

  it('notifications: the secretariat releases a suppressed address for one email, then redrives that email', async () => {
    // SES reports a permanent bounce for the address before it registers: the acknowledgement is held back.
    const body = registrationBody({ delegation: 'UY' });
    const bounce = await fetch(`${inject('platform').baseUrl}/local/ses/bounce`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: body.participant.email, type: 'Permanent' }),
    });
    expect(bounce.status).toBe(200);
    expect((await api(`/events/${eventId}/registrations`, { body, headers: fromNewClient() })).status).toBe(201);
    await drainStreams();
    const list = '/api/admin/events/{eventId}/emails';
    const held = await call('get', list, `/admin/events/${eventId}/emails?status=suppressed`, 200, { token: secretariat });
    const email = (held.json.items as { id: string; to: string }[]).find((e) => e.to === body.participant.email);
    expect(email, 'the acknowledgement to the bounced address is suppressed').toBeDefined();

    const release = '/api/admin/events/{eventId}/emails/{id}/release';
    const path = `/admin/events/${eventId}/emails/${email!.id}/release`;
    await call('post', release, path, 400, { body: {}, token: secretariat });
    await call('post', release, path, 403, { body: { reason: 'Press may not' }, token: press });
    await call('post', release, `/admin/events/${eventId}/emails/${UNKNOWN_ID}/release`, 404, { body: { reason: 'Fixed' }, token: secretariat });
    const key = randomUUID();
    await call('post', release, path, 200, { body: { reason: 'Mailbox fixed' }, token: secretariat, headers: { 'Idempotency-Key': key } });
    await call('post', release, path, 422, { body: { reason: 'Other words' }, token: secretariat, headers: { 'Idempotency-Key': key } });
    await call('post', release, path, 409, { body: { reason: 'Again' }, token: secretariat });

    const redrive = '/api/admin/events/{eventId}/emails/redrive';
    const answer = await call('post', redrive, `/admin/events/${eventId}/emails/redrive`, 200, { body: { ids: [email!.id] }, token: secretariat });
    expect(answer.json.outcomes).toEqual([{ id: email!.id, outcome: 'requeued' }]);
  });

  it('users: the secretariat lists, invites, regroups and removes colleagues; nobody removes themselves', async () => {
    const users = '/api/admin/users';
    await call('get', users, '/admin/users', 200, { token: secretariat });
    await call('get', users, '/admin/users', 403, { token: press });
    const email = `conform-${randomUUID()}@example.org`;
    const key = randomUUID();
    const invite = { token: secretariat, headers: { 'Idempotency-Key': key } };
    const invited = await call('post', users, '/admin/users', 201, { ...invite, body: { email, groups: ['press'] } });
    await call('post', users, '/admin/users', 422, { ...invite, body: { email, groups: ['checkin'] } });
    await call('post', users, '/admin/users', 409, { body: { email, groups: ['press'] }, token: secretariat });
    await call('post', users, '/admin/users', 400, { body: { email: 'not-an-email', groups: [] }, token: secretariat });
    const username = invited.json.username as string;

    const groups = '/api/admin/users/{username}/groups';
    await call('put', groups, `/admin/users/${username}/groups`, 200, { body: { groups: ['press', 'checkin'] }, token: secretariat });
    await call('put', groups, '/admin/users/secretariat/groups', 409, { body: { groups: ['press'] }, token: secretariat });
    await call('put', groups, `/admin/users/${username}/groups`, 400, { body: { groups: ['admin'] }, token: secretariat });
    await call('put', groups, '/admin/users/no-such-user/groups', 404, { body: { groups: ['press'] }, token: secretariat });

    const one = '/api/admin/users/{username}';
    await call('delete', one, '/admin/users/secretariat', 409, { token: secretariat });
    await call('delete', one, `/admin/users/${username}`, 204, { token: secretariat });
    await call('delete', one, `/admin/users/${username}`, 404, { token: secretariat });
  });

  it('delegations: the secretariat invites a focal point, lists the delegations, and revokes the focal point', async () => {
    const invite = '/api/admin/events/{eventId}/delegations/{code}/focal-points';
    const body = { name: 'Rosa Quispe', email: `focal-${randomUUID()}@example.org`, language: 'es' };
    const key = randomUUID();
    const invited = await call('post', invite, `/admin/events/${eventId}/delegations/PE/focal-points`, 201, {
      body,
      token: secretariat,
      headers: { 'Idempotency-Key': key },
    });
    await call('post', invite, `/admin/events/${eventId}/delegations/PE/focal-points`, 422, {
      body: { ...body, name: 'Someone else' },
      token: secretariat,
      headers: { 'Idempotency-Key': key },
    });
    await call('post', invite, `/admin/events/${eventId}/delegations/PE/focal-points`, 400, { body: { ...body, email: 'x' }, token: secretariat });
    await call('post', invite, `/admin/events/${eventId}/delegations/XX/focal-points`, 404, { body, token: secretariat });
    await call('post', invite, `/admin/events/${eventId}/delegations/PE/focal-points`, 403, { body, token: press });

    const list = '/api/admin/events/{eventId}/delegations';
    await call('get', list, `/admin/events/${eventId}/delegations`, 200, { token: secretariat });
    await call('get', list, `/admin/events/${uniqueEventId('absent')}/delegations`, 404, { token: secretariat });
    await call('get', list, `/admin/events/${eventId}/delegations`, 403, { token: press });

    await drainStreams();
    const [invitation] = await waitForEmails(() => emailsTo(body.email));
    const delegationToken = decodeURIComponent(/#token=([A-Za-z0-9_%-]+)/.exec(invitation?.body.text ?? '')?.[1] ?? '');
    const own = '/api/events/{eventId}/delegations/{code}';
    await call('get', own, `/events/${eventId}/delegations/PE`, 200, { token: delegationToken });
    await call('get', own, `/events/${eventId}/delegations/CL`, 404, { token: delegationToken });
    await call('get', own, `/events/${eventId}/delegations/PE?token=${encodeURIComponent(delegationToken)}`, 400);

    const nominations = '/api/events/{eventId}/delegations/{code}/nominations';
    const nomineeBody = { participant: registrationBody().participant, role: 'delegate', language: 'pt' };
    const nominated = await call('post', nominations, `/events/${eventId}/delegations/PE/nominations`, 201, {
      body: nomineeBody,
      token: delegationToken,
      headers: { 'Idempotency-Key': key, ...fromNewClient() },
    });
    await call('post', nominations, `/events/${eventId}/delegations/PE/nominations`, 409, {
      body: nomineeBody,
      token: delegationToken,
      headers: fromNewClient(),
    });
    await call('post', nominations, `/events/${eventId}/delegations/PE/nominations`, 400, {
      body: { ...nomineeBody, role: 'chair' },
      token: delegationToken,
    });
    await call('post', nominations, `/events/${eventId}/delegations/CL/nominations`, 404, { body: nomineeBody, token: delegationToken });
    await call('get', own, `/events/${eventId}/delegations/PE`, 200, { token: delegationToken });
    const withdraw = '/api/events/{eventId}/delegations/{code}/nominations/{id}';
    await call('delete', withdraw, `/events/${eventId}/delegations/PE/nominations/${nominated.json.id}`, 200, { token: delegationToken });
    await call('delete', withdraw, `/events/${eventId}/delegations/PE/nominations/${nominated.json.id}`, 409, { token: delegationToken });
    await call('delete', withdraw, `/events/${eventId}/delegations/PE/nominations/${UNKNOWN_ID}`, 404, { token: delegationToken });

    const revoke = '/api/admin/events/{eventId}/delegations/{code}/focal-points/{id}';
    await call('delete', revoke, `/admin/events/${eventId}/delegations/PE/focal-points/${invited.json.id}`, 200, { token: secretariat });
    await call('delete', revoke, `/admin/events/${eventId}/delegations/AR/focal-points/${invited.json.id}`, 404, { token: secretariat });
    await call('delete', revoke, `/admin/events/${eventId}/delegations/PE/focal-points/${invited.json.id}`, 403, { token: press });
  });

  it('the catch-all: an unknown path is a 404 problem, a known path with another method a 405 problem with Allow', async () => {
    const problem = validatorFor(pointer('components', 'schemas', 'Problem'));
    const missing = await api('/no/such/route');
    const wrong = await api('/health', { method: 'DELETE' });
    for (const [answer, status] of [
      [missing, 404],
      [wrong, 405],
    ] as const) {
      expect(answer.status).toBe(status);
      expect(mediaTypeOf(answer)).toBe('application/problem+json');
      expect(problem(answer.json), JSON.stringify(problem.errors)).toBe(true);
    }
    expect(wrong.headers.get('allow')).toBe('GET');
  });

  it('each operation enforces the security it declares: no Cognito token 401, no manage token 404', async () => {
    for (const [template, operations] of Object.entries(document.paths)) {
      const path = template
        .replace(/^\/api/, '')
        .replace('{eventId}', eventId)
        .replace('{code}', 'PE')
        .replace('{id}', b.id)
        .replace('{documentId}', UNKNOWN_ID);
      for (const [method, operation] of Object.entries(operations) as [Method, Operation][]) {
        const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
        if (schemes.includes('cognito')) await call(method, template, path, 401);
        // A valid body where one is required: the body is checked before the token.
        else if (schemes.includes('manageToken'))
          await call(method, template, path, 404, {
            headers: fromNewClient(),
            ...(method === 'patch'
              ? { body: { language: 'en' } }
              : template.endsWith('/nominations')
                ? { body: { participant: registrationBody().participant, role: 'delegate', language: 'en' } }
                : template.endsWith('/note-verbale')
                  ? { body: { fileName: 'nota.pdf', contentType: 'application/pdf', size: 1000 } }
                  : {}),
          });
      }
    }
  });

  // Event editor (issue 11): a limit below the seats held is refused with the numbers.
  it('answers a capacity below the seats held with 409 limit-below-use and its numbers', async () => {
    const own = uniqueEventId('conform-limit');
    const body = sampleEvent();
    await call('put', '/api/admin/events/{eventId}', `/admin/events/${own}`, 201, { body, token: secretariat });
    expect((await api(`/events/${own}/registrations`, { body: registrationBody(), headers: fromNewClient() })).status).toBe(201);
    const refused = await call('put', '/api/admin/events/{eventId}', `/admin/events/${own}`, 409, {
      body: { ...body, registration: { ...body.registration, capacity: 0 } },
      token: secretariat,
    });
    expect(refused.json.limits).toEqual([{ path: 'registration.capacity', limit: 0, inUse: 1 }]);
  });

  // Delegation dossier (issue 12): the note verbale by presigned POST, its check, the submission, the secretariat's
  // download and decision.
  it('delegations: a focal point uploads and attaches a note verbale and submits; the secretariat opens it and accredits', async () => {
    const invited = await call(
      'post',
      '/api/admin/events/{eventId}/delegations/{code}/focal-points',
      `/admin/events/${eventId}/delegations/BR/focal-points`,
      201,
      {
        body: { name: 'Focal BR', email: 'focal-br-conform@example.org', language: 'pt' },
        token: secretariat,
      },
    );
    expect(invited.json.id).toEqual(expect.any(String));
    await drainStreams();
    const [invitation] = await waitForEmails(() => emailsTo('focal-br-conform@example.org'));
    const token = decodeURIComponent(/#token=([A-Za-z0-9_%-]+)/.exec(invitation?.body.text ?? '')?.[1] ?? '');
    const pdf = Buffer.from('%PDF-1.4\n%%EOF\n');
    const sendFile = async (upload: { url: string; fields: Record<string, string> }, file: Buffer) => {
      const form = new FormData();
      for (const [name, value] of Object.entries(upload.fields)) form.append(name, value);
      form.append('file', new Blob([new Uint8Array(file)]), 'nota.pdf');
      expect((await fetch(upload.url, { method: 'POST', body: form, headers: { origin: inject('platform').baseUrl } })).status).toBeLessThan(300);
    };

    const offer = '/api/events/{eventId}/delegations/{code}/note-verbale';
    const request = { fileName: 'nota-verbal.pdf', contentType: 'application/pdf', size: pdf.length };
    await call('post', offer, `/events/${eventId}/delegations/BR/note-verbale`, 400, {
      body: { ...request, size: 11 * 1024 * 1024 },
      token,
      headers: fromNewClient(),
    });
    await call('post', offer, `/events/${eventId}/delegations/CL/note-verbale`, 404, { body: request, token, headers: fromNewClient() });
    const empty = await call('post', offer, `/events/${eventId}/delegations/BR/note-verbale`, 200, {
      body: request,
      token,
      headers: fromNewClient(),
    });
    await sendFile(empty.json.upload, Buffer.alloc(0));
    const complete = '/api/events/{eventId}/delegations/{code}/note-verbale/{documentId}/complete';
    await call('post', complete, `/events/${eventId}/delegations/BR/note-verbale/${empty.json.documentId}/complete`, 422, {
      token,
      headers: fromNewClient(),
    });
    await call('post', complete, `/events/${eventId}/delegations/BR/note-verbale/${UNKNOWN_ID}/complete`, 404, { token, headers: fromNewClient() });
    const offered = await call('post', offer, `/events/${eventId}/delegations/BR/note-verbale`, 200, {
      body: request,
      token,
      headers: fromNewClient(),
    });
    await sendFile(offered.json.upload, pdf);
    await call('post', complete, `/events/${eventId}/delegations/BR/note-verbale/${offered.json.documentId}/complete`, 200, {
      token,
      headers: fromNewClient(),
    });

    const download = '/api/admin/events/{eventId}/delegations/{code}/note-verbale';
    const redirected = await call('get', download, `/admin/events/${eventId}/delegations/BR/note-verbale`, 303, {
      token: secretariat,
      redirect: 'manual',
    });
    expect(redirected.headers.get('location')).toMatch(/^http/);
    const link = await call('get', download, `/admin/events/${eventId}/delegations/BR/note-verbale`, 200, {
      token: secretariat,
      headers: { accept: 'application/json' },
    });
    expect(link.json.expiresInSeconds).toBe(300);
    await call('get', download, `/admin/events/${eventId}/delegations/AR/note-verbale`, 404, { token: secretariat });
    await call('get', download, `/admin/events/${eventId}/delegations/BR/note-verbale`, 403, { token: press });

    const submit = '/api/events/{eventId}/delegations/{code}/submit';
    await call('post', submit, `/events/${eventId}/delegations/BR/submit`, 409, { token, headers: fromNewClient() });
    const nominee = {
      participant: { ...registrationBody().participant, email: 'nominee-br-conform@example.org' },
      role: 'head_of_delegation',
      language: 'pt',
    };
    expect((await api(`/events/${eventId}/delegations/BR/nominations`, { body: nominee, token, headers: fromNewClient() })).status).toBe(201);
    await call('post', submit, `/events/${eventId}/delegations/BR/submit`, 200, { token, headers: fromNewClient() });
    await call('get', '/api/events/{eventId}/delegations/{code}', `/events/${eventId}/delegations/BR`, 200, { token });

    const accreditation = '/api/admin/events/{eventId}/delegations/{code}/accreditation';
    await call('post', accreditation, `/admin/events/${eventId}/delegations/BR/accreditation`, 400, {
      body: { decision: 'return' },
      token: secretariat,
    });
    await call('post', accreditation, `/admin/events/${eventId}/delegations/BR/accreditation`, 403, { body: { decision: 'accredit' }, token: press });
    const accredited = await call('post', accreditation, `/admin/events/${eventId}/delegations/BR/accreditation`, 200, {
      body: { decision: 'accredit' },
      token: secretariat,
    });
    expect(accredited.json).toMatchObject({ status: 'accredited', confirmed: 1 });
    await call('post', accreditation, `/admin/events/${eventId}/delegations/BR/accreditation`, 409, {
      body: { decision: 'return', reason: 'Too late' },
      token: secretariat,
    });
    await call('get', '/api/admin/events/{eventId}/delegations', `/admin/events/${eventId}/delegations`, 200, { token: secretariat });
  });

  // Media accreditation (issue 13): a press officer accredits one journalist and declines another.
  it('press: an officer accredits and declines journalists who asked for accreditation', async () => {
    const template = '/api/admin/events/{eventId}/inquiries/{id}/accreditation';
    const ask = async (email: string) =>
      (
        await api(`/events/${eventId}/inquiries`, {
          body: inquiryBody({ topic: 'accreditation', journalist: { name: 'Ana Costa', email, outlet: 'Agência Sul' } }),
          headers: fromNewClient(),
        })
      ).json.id as string;
    const accredited = await ask('conform-accredit@example.com');
    const path = (id: string) => `/admin/events/${eventId}/inquiries/${id}/accreditation`;
    const answer = await call('post', template, path(accredited), 200, { body: { decision: 'accredit' }, token: press });
    expect(answer.json.accreditation.registration.id).toBeTruthy();
    await call('post', template, path(accredited), 409, { body: { decision: 'accredit' }, token: press });
    const declined = await ask('conform-decline@example.com');
    await call('post', template, path(declined), 400, { body: { decision: 'decline' }, token: press });
    await call('post', template, path(declined), 200, { body: { decision: 'decline', reason: 'Places are limited' }, token: secretariat });
    await call('post', template, path(UNKNOWN_ID), 404, { body: { decision: 'accredit' }, token: press });
  });

  // Check-in (issue 13): door staff download the roster and check a badge in; the summary counts it.
  it('venue: door staff read the roster and check participants in', async () => {
    const door = await doorStaff();
    const registered = await api(`/events/${eventId}/registrations`, { body: registrationBody(), headers: fromNewClient() });
    expect(registered.status).toBe(201);
    const approved = await api(`/admin/events/${eventId}/registrations/${registered.json.id}/decision`, {
      body: { decision: 'approve' },
      token: secretariat,
    });
    expect(approved.status).toBe(200);

    const rosterTemplate = '/api/admin/events/{eventId}/check-in/roster';
    const before = await call('get', rosterTemplate, `/admin/events/${eventId}/check-in/roster`, 200, { token: door });
    expect(before.json.publicKey).toBeNull();
    await publishBadgeKey(eventId);
    await call('get', rosterTemplate, `/admin/events/${eventId}/check-in/roster?limit=1`, 200, { token: secretariat });
    await call('get', rosterTemplate, `/admin/events/${eventId}/check-in/roster?cursor=forged`, 400, { token: door });
    await call('get', rosterTemplate, `/admin/events/${eventId}/check-in/roster`, 403, { token: press });
    await call('get', rosterTemplate, `/admin/events/${uniqueEventId('absent')}/check-in/roster`, 404, { token: door });

    const checkIns = '/api/admin/events/{eventId}/check-ins';
    const checkInsPath = `/admin/events/${eventId}/check-ins`;
    const first = scan({ code: await badgeCode(eventId, registered.json.id) });
    const checked = await call('post', checkIns, checkInsPath, 200, { body: first, token: door, headers: { 'Idempotency-Key': first.scanId } });
    expect(checked.json.firstScan).toBe(true);
    await call('post', checkIns, checkInsPath, 200, { body: first, token: door, headers: { 'Idempotency-Key': first.scanId } });
    await call('post', checkIns, checkInsPath, 422, {
      body: { ...first, device: 'Another door' },
      token: door,
      headers: { 'Idempotency-Key': first.scanId },
    });
    await call('post', checkIns, checkInsPath, 400, { body: scan({ code: 'K7QM-4XPD' }), token: door });
    await call('post', checkIns, checkInsPath, 400, { body: { ...first, extra: true }, token: door });
    await call('post', checkIns, checkInsPath, 409, { body: scan({ registrationId: b.id }), token: door });
    await call('post', checkIns, checkInsPath, 403, { body: scan({ registrationId: b.id }), token: press });
    await call('post', checkIns, `/admin/events/${uniqueEventId('absent')}/check-ins`, 404, { body: first, token: door });
    const after = await call('get', rosterTemplate, `/admin/events/${eventId}/check-in/roster`, 200, { token: door });
    expect(after.json.items.find((e: { registrationId: string }) => e.registrationId === registered.json.id).checkedIn).not.toBeNull();
    const counted = await call('get', '/api/admin/events/{eventId}/summary', `/admin/events/${eventId}/summary`, 200, { token: secretariat });
    expect(counted.json.checkIn.checkedIn).toBe(1);
    await call('get', '/api/admin/events/{eventId}/summary', `/admin/events/${eventId}/summary`, 403, { token: door });
  });

  // Badges (issue 13), after the check-in case (which expects no badge key published yet): PDF answers, documented as application/pdf with a binary string schema.
  it('venue: the secretariat prints badges; a delegate downloads their own once confirmed', async () => {
    const registered = await call('post', '/api/events/{eventId}/registrations', `/events/${eventId}/registrations`, 201, {
      body: registrationBody({ delegation: 'UY' }),
      headers: fromNewClient(),
    });
    const c = { id: registered.json.id as string, token: tokenOf(registered.json.manageUrl) };
    const own = '/api/events/{eventId}/registrations/{id}/badge.pdf';
    const one = '/api/admin/events/{eventId}/registrations/{id}/badge.pdf';
    await call('get', own, `/events/${eventId}/registrations/${c.id}/badge.pdf`, 409, { token: c.token });
    await call('get', one, `/admin/events/${eventId}/registrations/${c.id}/badge.pdf`, 409, { token: secretariat });
    await api(`/admin/events/${eventId}/registrations/${c.id}/decision`, { body: { decision: 'approve' }, token: secretariat });

    await call('get', own, `/events/${eventId}/registrations/${c.id}/badge.pdf`, 200, { token: c.token });
    await call('get', own, `/events/${eventId}/registrations/${c.id}/badge.pdf?size=cr80`, 200, { token: c.token });
    await call('get', own, `/events/${eventId}/registrations/${c.id}/badge.pdf?token=${c.token}`, 400);
    await call('get', one, `/admin/events/${eventId}/registrations/${c.id}/badge.pdf`, 200, { token: secretariat });
    await call('get', one, `/admin/events/${eventId}/registrations/${UNKNOWN_ID}/badge.pdf`, 404, { token: secretariat });
    await call('get', one, `/admin/events/${eventId}/registrations/${c.id}/badge.pdf?size=a4`, 400, { token: secretariat });
    await call('get', one, `/admin/events/${eventId}/registrations/${c.id}/badge.pdf`, 403, { token: press });

    const batch = '/api/admin/events/{eventId}/badges.pdf';
    await call('get', batch, `/admin/events/${eventId}/badges.pdf?delegation=UY&size=cr80`, 200, { token: secretariat });
    await call('get', batch, `/admin/events/${eventId}/badges.pdf?category=observer&delegation=UY`, 404, { token: secretariat });
    await call('get', batch, `/admin/events/${eventId}/badges.pdf?category=everyone`, 400, { token: secretariat });
    await call('get', batch, `/admin/events/${eventId}/badges.pdf`, 403, { token: press });
  });

  it('has called every documented operation', () => {
    const documented = Object.entries(document.paths).flatMap(([template, operations]) =>
      Object.keys(operations).map((method) => `${method} ${template}`),
    );
    expect(documented.filter((operation) => !seen.has(operation))).toEqual([]);
  });
});
