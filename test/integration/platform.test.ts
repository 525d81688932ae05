/** The walking skeleton's done-criteria, through the real local HTTP server. */
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { createLocalAuth, signInLocalUser } from '../../local/local-auth.ts';

const { baseUrl, sesEndpoint, sesUrl } = inject('platform');

describe('the local platform serves the API', () => {
  it('answers the health check with the version', async () => {
    const { status, json } = await api('/health');
    expect(status).toBe(200);
    expect(json).toEqual({ status: 'ok', version: expect.any(String) });
  });

  it('serves the seeded sample event in its four languages', async () => {
    const { status, json } = await api('/events/sacm-7');
    expect(status).toBe(200);
    expect(json.id).toBe('sacm-7');
    expect(json.languages).toEqual(['es', 'pt', 'en', 'nl']);
    expect(Object.keys(json.titles).sort()).toEqual(['en', 'es', 'nl', 'pt']);
    expect(json.titles.es).toBe('VII Conferencia Suramericana sobre Migraciones');
  });

  it('answers an unknown event with a 404 problem', async () => {
    const { status, headers, json } = await api('/events/nope');
    expect(status).toBe(404);
    expect(headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(json).toMatchObject({ type: '/problems/not-found', status: 404 });
  });

  it('answers an unknown route with 404 and a wrong method with 405 and Allow', async () => {
    const missing = await api('/no/such/route');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const wrong = await api('/health', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(wrong.json.type).toBe('/problems/method-not-allowed');
  });

  it('publishes its OpenAPI document, whose own 200 says it is JSON and what it holds', async () => {
    const { status, headers, json } = await api('/openapi.json');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    expect(json.openapi).toBe('3.1.0');
    expect(json.paths['/api/events/{eventId}']).toBeDefined();
    const ok = json.paths['/api/openapi.json'].get.responses['200'];
    expect(Object.keys(ok.content ?? {})).toEqual(['application/json']);
    const schema = ok.content['application/json'].schema;
    const resolved = schema.$ref ? json.components.schemas[schema.$ref.split('/').pop()] : schema;
    expect(resolved).toMatchObject({ type: 'object', required: expect.arrayContaining(['openapi', 'info', 'paths']) });
  });

  it("sends no header whose value is empty or `undefined` (what Lambda's JSON answer would drop)", async () => {
    const token = await tokenFor('secretariat');
    for (const [path, options] of [
      ['/health', {}],
      ['/openapi.json', {}],
      ['/events/nope', {}],
      ['/admin/events/sacm-7/summary', { token }],
      ['/no/such/route', {}],
    ] as const) {
      const { headers } = await api(path, options);
      for (const [name, value] of headers) {
        expect(value, `${path}: ${name}`).not.toBe('');
        expect(value, `${path}: ${name}`).not.toMatch(/^(undefined|null)$/);
      }
      expect(headers.get('x-powered-by'), path).toBeNull();
      expect(headers.get('server'), path).toBeNull();
    }
  });
});

describe('the admin routes check the token as the JWT authorizer does', () => {
  const summary = '/admin/events/sacm-7/summary';

  it('refuses a request without a token (401)', async () => {
    const { status, json } = await api(summary);
    expect(status).toBe(401);
    expect(json.type).toBe('/problems/unauthenticated');
  });

  it('refuses a forged token (401)', async () => {
    const { token } = await signInLocalUser(await createLocalAuth(), 'secretariat');
    expect((await api(summary, { token })).status).toBe(401);
  });

  it('refuses a press officer (403)', async () => {
    const { status, json } = await api(summary, { token: await tokenFor('press') });
    expect(status).toBe(403);
    expect(json.type).toBe('/problems/forbidden');
  });

  it('lets the secretariat read the summary (200)', async () => {
    const { status, json } = await api(summary, { token: await tokenFor('secretariat') });
    expect(status).toBe(200);
    expect(json.eventId).toBe('sacm-7');
    expect(json.capacity).toBe(150);
  });

  it('signs in the demo users through POST /local/sign-in', async () => {
    const response = await fetch(`${baseUrl}/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'secretariat' }),
    });
    const { token, user, groups } = (await response.json()) as { token: string; user: string; groups: string[] };
    expect({ user, groups }).toEqual({ user: 'secretariat', groups: ['secretariat'] });
    expect((await api(summary, { token })).status).toBe(200);
    const unknown = await fetch(`${baseUrl}/local/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: 'admin' }),
    });
    expect(unknown.status).toBe(400);
  });
});

describe('the site', () => {
  it('sends strict security headers on pages and API answers', async () => {
    for (const url of [`${baseUrl}/`, `${baseUrl}/api/health`]) {
      const { headers } = await fetch(url);
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('referrer-policy')).toBeTruthy();
      expect(headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    }
    const { headers } = await fetch(`${baseUrl}/`);
    const csp = headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    // WebAssembly may be compiled (the check-in app's QR reader); JavaScript eval may not.
    expect(csp).not.toMatch(/'unsafe-eval'/);
    expect(csp).toContain("worker-src 'self'");
    // The camera for this origin only (the check-in app), nothing else.
    expect(headers.get('permissions-policy')).toBe('camera=(self), microphone=(), geolocation=(), payment=()');
  });

  it('serves the pages as HTML and falls back to the index for client-side paths, but not for missing files', async () => {
    const home = await fetch(`${baseUrl}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const deep = await fetch(`${baseUrl}/events/sacm-7/register`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(await (await fetch(`${baseUrl}/`)).text());
    expect((await fetch(`${baseUrl}/no-such-file.js`)).status).toBe(404);
    expect((await fetch(`${baseUrl}/../package.json`)).status).not.toBe(200);
  });

  it('links to the mailbox of the SES emulator', async () => {
    const response = await fetch(`${baseUrl}/local/mailbox`, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(sesUrl);
  });
});

describe('the SES emulator can be switched off and on for fault tests', () => {
  it('stops answering after POST /local/ses/stop and answers again after /local/ses/start', async () => {
    const reachable = () =>
      fetch(`${sesEndpoint}/health-check`).then(
        (r) => r.ok,
        () => false,
      );
    expect(await reachable()).toBe(true);
    expect((await fetch(`${baseUrl}/local/ses/stop`, { method: 'POST' })).status).toBe(200);
    try {
      expect(await reachable()).toBe(false);
    } finally {
      expect((await fetch(`${baseUrl}/local/ses/start`, { method: 'POST' })).status).toBe(200);
    }
    expect(await reachable()).toBe(true);
  });
});
