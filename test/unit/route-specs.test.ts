/**
 * The route table and the handlers agree by construction: each handler is made from the very spec object the table
 * lists, so its auth, schemas and idempotency cannot differ from the table's. Checked here without a database: the
 * handlers are imported with a table name that nothing ever calls.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { routes, specs } from '../../functions/routes.ts';
import { workers } from '../../functions/workers.ts';
import type { HttpHandler } from '../../shared/http/http-handler.ts';

const FUNCTIONS = resolve(import.meta.dirname, '../../functions');
const filesIn = (capability: string) => readdirSync(join(FUNCTIONS, capability));
const capabilities = readdirSync(FUNCTIONS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

beforeAll(() => {
  // Adapters read these when first used; no test here sends a request anywhere.
  Object.assign(process.env, { TABLE_NAME: 'unit-test-table', AWS_REGION: 'eu-west-1', POWERTOOLS_LOG_LEVEL: 'SILENT' });
});

describe('route specs', () => {
  it.each(routes.map((r) => [`${r.method} ${r.path}`, r] as const))('%s: its handler is made from the spec the table lists', async (_name, route) => {
    const module = (await import(join(FUNCTIONS, `${route.handler}.ts`))) as { handler: HttpHandler };
    expect(module.handler.spec).toBe(route.spec);
  });

  it('derive the handler and capability from where the spec file lives', () => {
    const register = routes.find((r) => r.openapi.operationId === 'register')!;
    expect(register.handler).toBe('registration/register');
    expect(register.capability).toBe('registration');
    expect(register.access.idempotency).toBe('register-delegate');
  });

  it("every spec file is in the table, and every handler module is a route's or a worker's", () => {
    const specFiles = capabilities.flatMap((c) =>
      filesIn(c)
        .filter((f) => f.endsWith('.route.ts'))
        .map((f) => `${c}/${f.replace(/\.route\.ts$/, '')}`),
    );
    expect(specFiles.sort()).toEqual(routes.map((r) => r.handler).sort());
    const handlerModules = capabilities.flatMap((c) =>
      filesIn(c)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.route.ts'))
        .map((f) => `${c}/${f.replace(/\.ts$/, '')}`),
    );
    const known = new Set([...routes.map((r) => r.handler), ...workers.map((w) => w.handler)]);
    // What remains are a capability's shared wiring (dependencies, or one handler's own `<name>-dependencies` kept apart
    // so its bundle stays small; request parts, shared prose), never a handler.
    const others = handlerModules.filter((m) => !known.has(m));
    expect(others.filter((m) => !/\/([a-z-]+-)?dependencies$|\/(request-parts|route-prose)$/.test(m))).toEqual([]);
  });

  it('have unique operation ids and method-path pairs', () => {
    expect(new Set(routes.map((r) => r.openapi.operationId)).size).toBe(routes.length);
    expect(new Set(specs.map((s) => `${s.method} ${s.path}`)).size).toBe(specs.length);
  });
});
