import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { PDFDocument } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { BADGE_FONT_FILES, BUNDLED_FONTS_DIR, bundledFileName, type BadgeFontRole } from '../../shared/badges/fonts.ts';
import type { Route } from '../../shared/http/route-spec.ts';
import { buildPlenary } from './plenary-under-test.ts';

/** The badge route's access, on a handler that only draws a badge (so its bundle can run here without a table). */
const fixtureBadgeRoute = (badgeRoute: Route): Route => ({
  ...badgeRoute,
  method: 'POST',
  path: '/api/fixture/badge',
  handler: '../test/infra/fixtures/fixture-badge-handler',
  openapi: { ...badgeRoute.openapi, operationId: 'fixtureBadge' },
});

const FONT_NAMES = (Object.keys(BADGE_FONT_FILES) as BadgeFontRole[]).map(bundledFileName).sort();

// The fonts are files, not code: infra copies them next to the bundle of each function that makes badges.
describe('badge functions bundled by CDK', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'plenary-synth-badges-'));
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  const bundles = () =>
    readdirSync(outdir)
      .filter((name) => name.startsWith('asset.') && existsSync(path.join(outdir, name, 'index.mjs')))
      .map((name) => path.join(outdir, name));

  it(
    'carry the three fonts next to index.mjs, draw a badge with them from the bundle alone, and get a vCPU and 29 s',
    { timeout: 120_000 },
    async () => {
      const badgeRoute = routes.find((r) => r.handler === 'venue/admin-badge')!;
      const health = routes.find((r) => r.handler === 'platform/health')!;
      const { app, stack } = buildPlenary({ bundling: true, outdir, routes: [badgeRoute, fixtureBadgeRoute(badgeRoute), health], workers: [] });
      app.synth();

      const assets = bundles();
      expect(assets).toHaveLength(3);
      const withFonts = assets.filter((dir) => existsSync(path.join(dir, BUNDLED_FONTS_DIR)));
      // The two badge functions have them; the health function does not.
      expect(withFonts).toHaveLength(2);
      for (const dir of withFonts) {
        expect(readdirSync(path.join(dir, BUNDLED_FONTS_DIR)).sort()).toEqual(FONT_NAMES);
        for (const name of FONT_NAMES) expect(statSync(path.join(dir, BUNDLED_FONTS_DIR, name)).size).toBeGreaterThan(100_000);
      }

      // Run the fixture's bundle from the cloud assembly (a temporary folder with no node_modules above it): the fonts
      // can only come from its fonts/ folder.
      const fixtureBundle = withFonts.find((dir) => readFileSync(path.join(dir, 'index.mjs'), 'utf8').includes('K7QM-4XPD'))!;
      const { handler } = (await import(pathToFileURL(path.join(fixtureBundle, 'index.mjs')).href)) as {
        handler: () => Promise<{ base64: string }>;
      };
      const pdf = await PDFDocument.load(Buffer.from((await handler()).base64, 'base64'));
      expect(pdf.getPageCount()).toBe(1);

      const badgeFunction = stack.capabilities.venue.routeFunctions.get('venue/admin-badge')!;
      const { timeout, memorySize } = badgeFunction.node.defaultChild as CfnFunction;
      // A batch of a few hundred pages needs a full vCPU and may take longer than a route's usual 10 s.
      expect({ timeout, memorySize }).toEqual({ timeout: 29, memorySize: 1769 });
    },
  );
});
