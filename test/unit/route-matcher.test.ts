import { describe, expect, it } from 'vitest';
import { routeMatcher } from '../../shared/http/route-matcher.ts';
import type { Route } from '../../shared/http/route-spec.ts';

const route = (method: Route['method'], path: string): Route => ({
  method,
  path,
  handler: `test/${method.toLowerCase()}`,
  auth: 'public',
  capability: 'platform',
  access: {},
  openapi: { operationId: `${method}${path}`, summary: '', tags: [], responses: {} },
});

const match = routeMatcher([
  route('GET', '/api/events/{eventId}'),
  route('GET', '/api/admin/events/{eventId}/registrations/{id}'),
  route('GET', '/api/admin/events/{eventId}/registrations.csv'),
  route('POST', '/api/events/{eventId}/registrations'),
  route('GET', '/api/admin/events/{eventId}/registrations'),
]);

describe('the route matcher (local gateway and the catch-all)', () => {
  it('finds a route and decodes its path parameters', () => {
    const found = match('GET', '/api/events/sacm-7');
    expect(found).toMatchObject({ kind: 'route', params: { eventId: 'sacm-7' } });
  });

  it('answers no-route (404) for a path no route has', () => {
    expect(match('GET', '/api/nothing/here')).toEqual({ kind: 'no-route' });
    expect(match('GET', '/api/events')).toEqual({ kind: 'no-route' });
  });

  it('answers wrong-method (405) with every method the path allows', () => {
    expect(match('DELETE', '/api/events/sacm-7/registrations')).toEqual({ kind: 'wrong-method', allowed: ['POST'] });
    expect(match('PUT', '/api/admin/events/sacm-7/registrations')).toEqual({ kind: 'wrong-method', allowed: ['GET'] });
  });

  it('prefers a literal segment over a parameter, whatever the order of the table', () => {
    const found = match('GET', '/api/admin/events/sacm-7/registrations.csv');
    expect(found.kind === 'route' && found.route.handler).toBe('test/get');
    expect(found.kind === 'route' && found.route.path).toBe('/api/admin/events/{eventId}/registrations.csv');
  });

  it('never lets a parameter span two segments', () => {
    expect(match('GET', '/api/events/sacm-7/extra')).toEqual({ kind: 'no-route' });
  });

  it('matches methods case-insensitively', () => {
    expect(match('get', '/api/events/sacm-7').kind).toBe('route');
  });

  describe('with the catch-all ANY /api/{proxy+}', () => {
    const withCatchAll = routeMatcher([route('GET', '/api/events/{eventId}'), route('ANY', '/api/{proxy+}')]);

    it('still prefers every specific route', () => {
      const found = withCatchAll('GET', '/api/events/sacm-7');
      expect(found.kind === 'route' && found.route.path).toBe('/api/events/{eventId}');
    });

    it('takes an unknown path, and a known path with another method, as API Gateway does', () => {
      for (const [method, path] of [
        ['GET', '/api/nothing/here/at/all'],
        ['DELETE', '/api/events/sacm-7'],
      ] as const) {
        const found = withCatchAll(method, path);
        expect(found.kind === 'route' && found.route.method, `${method} ${path}`).toBe('ANY');
      }
    });
  });
});
