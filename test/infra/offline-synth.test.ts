import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { routes } from '../../functions/routes.ts';
import { lambdaContext } from '../../local/lambda-context.ts';
import { buildOpenApiDocument } from '../../shared/http/openapi.ts';
import type { HttpEvent, HttpHandler } from '../../shared/http/http-handler.ts';
import { buildPlenary } from './plenary-under-test.ts';

// What `npx cdk synth` does, in-process and offline: bundle with the local esbuild (no Docker), run cdk-nag.
// One route keeps it quick; the other tests skip bundling.
describe('offline synth with local bundling', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'plenary-synth-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('bundles a handler into a minified ESM module with a source map, and passes cdk-nag', () => {
    const health = routes.find((r) => r.handler === 'platform/health')!;
    const { app } = buildPlenary({ bundling: true, nag: true, outdir, routes: [health], workers: [] });
    app.synth();

    const bundles = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.'))
      .map((name) => path.join(outdir, name))
      .filter((dir) => existsSync(path.join(dir, 'index.mjs')));
    expect(bundles).toHaveLength(1);
    const [bundle] = bundles;
    const code = readFileSync(path.join(bundle!, 'index.mjs'), 'utf8');
    expect(code.startsWith('import { createRequire as plenaryCreateRequire }')).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*as handler\s*\}/);
    expect(code.split('\n').length).toBeLessThan(20); // minified
    expect(existsSync(path.join(bundle!, 'index.mjs.map'))).toBe(true);
  });

  it('bakes the route table into the OpenAPI and catch-all bundles: they answer without it, and bundle no other spec', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'plenary-synth-facts-'));
    try {
      const platform = routes.filter((r) => r.handler === 'platform/openapi' || r.handler === 'platform/no-route');
      const { app } = buildPlenary({ bundling: true, outdir: dir, routes: platform, workers: [] });
      app.synth();
      const bundles = readdirSync(dir)
        .filter((name) => name.startsWith('asset.') && existsSync(path.join(dir, name, 'index.mjs')))
        .map((name) => path.join(dir, name, 'index.mjs'));
      expect(bundles).toHaveLength(2);
      // The same request to both: the document function answers it, the catch-all knows the path but not the method.
      const post = {
        rawPath: '/api/openapi.json',
        headers: {},
        requestContext: { http: { method: 'POST', path: '/api/openapi.json', sourceIp: '127.0.0.1' }, requestId: 'test' },
      } as unknown as HttpEvent;
      const answers = await Promise.all(
        bundles.map(async (file) => {
          // Neither carries a spec object of another route (here: this one's path).
          expect(readFileSync(file, 'utf8')).not.toContain('/api/events/{eventId}/registrations/{id}/cancel');
          const { handler } = (await import(pathToFileURL(file).href)) as { handler: HttpHandler };
          return handler(post, lambdaContext('synth'));
        }),
      );
      const served = answers.find((a) => a.statusCode === 200);
      const document = JSON.parse(served?.body ?? '{}') as { info: { version: string } };
      // The stack's own routes (these two), as buildOpenApiDocument makes the document from them.
      expect(document).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument(platform, document.info.version))));
      const refused = answers.find((a) => a.statusCode !== 200);
      expect(refused?.statusCode).toBe(405);
      expect(refused?.headers?.Allow).toBe('GET');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
