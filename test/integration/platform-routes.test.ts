/** The route table and the local server agree: no route is unreachable (that handlers and specs agree: test/unit/route-specs.test.ts). */
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { api, tokenFor } from '../support/api.ts';

const SAMPLE_ULID = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const concretePath = (path: string) =>
  path
    .replace('/api', '')
    .replace('{eventId}', 'sacm-7')
    .replace(/\{\w+\}/g, SAMPLE_ULID);
const cases = routes.map((r) => [`${r.method} ${r.path}`, r] as const);
// The catch-all answers 404/405 by design; it has tests of its own below.
const operations = cases.filter(([, r]) => r.method !== 'ANY');

describe('the route table and the local server', () => {
  it.each(operations)('%s is served by its handler, not refused by the gateway', async (_name, route) => {
    const token = route.auth === 'public' ? undefined : await tokenFor(route.auth[0]!);
    // An empty body: enough to reach the handler, never enough to write anything.
    const { status, json } = await api(concretePath(route.path), {
      method: route.method,
      ...(route.method === 'GET' ? {} : { body: {} }),
      ...(token ? { token } : {}),
    });
    expect(status).not.toBe(405);
    expect(json?.detail).not.toBe('No such route.');
  });

  it('answers an unknown path with a 404 problem and a known path with another method with 405 and Allow, from the catch-all function', async () => {
    const unknown = await api('/no/such/thing', { method: 'POST', rawBody: 'not json', headers: { 'content-type': 'text/plain' } });
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    const wrong = await api('/events/sacm-7', { method: 'DELETE' });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET');
    expect(wrong.json.type).toBe('/problems/method-not-allowed');
  });
});
