/** The route table, the local server and the handlers agree: no route is unreachable or guarded differently. */
import { describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { loadFunction } from '../../local/function-loader.ts';
import type { HttpHandler } from '../../shared/http/http-handler.ts';
import { api, tokenFor } from '../support/api.ts';

const SAMPLE_ULID = '01JAAAAAAAAAAAAAAAAAAAAAAA';
const concretePath = (path: string) => path.replace('/api', '').replace('{eventId}', 'sacm-7').replace(/\{\w+\}/g, SAMPLE_ULID);
const cases = routes.map((r) => [`${r.method} ${r.path}`, r] as const);

describe('the route table and the local server', () => {
  it.each(cases)('%s is served by its handler, not refused by the gateway', async (_name, route) => {
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

  it.each(cases)("%s: the handler's auth equals the table's", async (_name, route) => {
    const handler = await loadFunction<HttpHandler>(route.handler);
    expect(handler.routeAuth).toEqual(route.auth === 'public' ? undefined : route.auth);
  });
});
