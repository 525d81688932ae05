/**
 * The route table is found on the file system, and what the OpenAPI and catch-all functions need of it is baked into
 * their bundles (functions/route-facts.ts): the baked values must say what the table says.
 */
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { routeFacts, routeFactsDefine } from '../../functions/route-facts.ts';
import { routes } from '../../functions/routes.ts';
import { CAPABILITIES } from '../../shared/function-access.ts';
import { buildOpenApiDocument } from '../../shared/http/openapi.ts';

const facts = routeFacts(routes, '9.9.9');

describe('route table', () => {
  it('is in the document order: by capability, then path, then method', () => {
    const keys = routes.map((r) => [CAPABILITIES.indexOf(r.capability), r.path] as const);
    const sorted = [...keys].sort(([ca, pa], [cb, pb]) => ca - cb || (pa < pb ? -1 : pa > pb ? 1 : 0));
    expect(keys).toEqual(sorted);
    expect(routes.slice(0, 3).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/health', 'GET /api/openapi.json', 'ANY /api/{proxy+}']);
  });
});

describe('route facts', () => {
  it('carry the OpenAPI document built from the table', () => {
    const baked = JSON.parse(gunzipSync(Buffer.from(facts.PLENARY_OPENAPI_DOCUMENT, 'base64')).toString('utf8')) as unknown;
    expect(baked).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(routes, '9.9.9'))));
  });

  it("carry each path's methods, the catch-all left out", () => {
    const methods = JSON.parse(facts.PLENARY_ROUTE_METHODS) as Record<string, string[]>;
    expect(methods['/api/{proxy+}']).toBeUndefined();
    expect(Object.values(methods).flat()).toHaveLength(routes.length - 1);
    expect(methods['/api/admin/events/{eventId}']).toEqual(['GET', 'PUT']);
  });

  it("fit in one argument of esbuild's command line, as string literals for its define", () => {
    const define = routeFactsDefine(facts);
    expect(Object.keys(define)).toEqual(['process.env.PLENARY_OPENAPI_DOCUMENT', 'process.env.PLENARY_ROUTE_METHODS']);
    for (const [name, value] of Object.entries(define)) {
      expect(JSON.parse(value)).toBe(facts[name.slice('process.env.'.length) as keyof typeof facts]);
      expect(`--define:${name}=${value}`.length).toBeLessThan(64 * 1024); // Linux allows 128 KiB
    }
  });
});
