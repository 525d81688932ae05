import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
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
});
