/** Malformed, mistyped and oversized bodies are refused by the one HTTP stack, before any rule runs. */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { http, ok, type HttpEvent } from '../../shared/http/http-handler.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { routes } from '../../functions/routes.ts';
import { api, tokenFor } from '../support/api.ts';

const SAMPLE_ULID = '01JAAAAAAAAAAAAAAAAAAAAAAA';

const echo = http({ request: { body: z.strictObject({ name: z.string() }) } }, async ({ body }) => ok(body));

const post = (body: string, contentType = 'application/json'): HttpEvent =>
  ({
    version: '2.0',
    routeKey: 'POST /api/echo',
    rawPath: '/api/echo',
    rawQueryString: '',
    headers: { 'content-type': contentType },
    body,
    isBase64Encoded: false,
    requestContext: { http: { method: 'POST', path: '/api/echo', sourceIp: '127.0.0.1' }, requestId: 'test' },
  }) as unknown as HttpEvent;

const invoke = async (event: HttpEvent) => {
  const result = await echo(event, lambdaContext('echo'));
  return { status: result.statusCode, contentType: result.headers?.['Content-Type'], problem: JSON.parse(result.body ?? '{}') };
};

describe('the HTTP stack every handler uses', () => {
  it('answers a body that is not JSON with a 400 problem', async () => {
    const { status, contentType, problem } = await invoke(post('{"name": '));
    expect(status).toBe(400);
    expect(contentType).toBe('application/problem+json');
    expect(problem.type).toBe('/problems/malformed-body');
  });

  it('answers another media type with 415 and a body over 64 KiB with 413', async () => {
    expect((await invoke(post('name=x', 'application/x-www-form-urlencoded'))).status).toBe(415);
    expect((await invoke(post(JSON.stringify({ name: 'x'.repeat(70 * 1024) })))).status).toBe(413);
  });

  it('names every unknown or bad field', async () => {
    const { status, problem } = await invoke(post(JSON.stringify({ name: 1, extra: true })));
    expect(status).toBe(400);
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'name' }), { path: 'extra', message: 'Unknown field' }]));
  });
});

describe('every route with a body, through the local server', () => {
  const withBody = routes.filter((r) => r.method !== 'GET' && r.openapi.request?.body);
  const pathOf = (path: string) =>
    path
      .replace('/api', '')
      .replace('{eventId}', 'sacm-7')
      .replace(/\{\w+\}/g, SAMPLE_ULID);

  it.each(withBody.map((r) => [`${r.method} ${r.path}`, r] as const))('%s answers broken JSON with a 400 problem', async (_name, route) => {
    const token = route.auth === 'public' ? undefined : await tokenFor(route.auth[0]!);
    const { status, headers, json } = await api(pathOf(route.path), {
      method: route.method,
      rawBody: '{"broken": ',
      headers: { 'content-type': 'application/json' },
      ...(token ? { token } : {}),
    });
    expect(status).toBe(400);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(json.type).toBe('/problems/malformed-body');
  });
});
