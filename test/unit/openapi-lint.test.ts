/**
 * What an independent linter says about the published OpenAPI document: Redocly CLI's `recommended` rules, run as
 * its users run them, on the document `GET /api/openapi.json` serves. Any error or warning fails, with its rule and
 * place, so a generated client never meets an operation without a security scheme, a document without servers, etc.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { buildOpenApiDocument } from '../../shared/http/openapi.ts';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

const redocly = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin', 'cli.js');

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'plenary-openapi-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the OpenAPI document under Redocly's recommended rules", () => {
  it('has no error and no warning', async () => {
    const file = join(dir, 'openapi.json');
    await writeFile(file, JSON.stringify(buildOpenApiDocument(routes, '0.0.0-test'), null, 2));
    // Run in the temporary directory so no redocly.yaml of ours bends the rules; no telemetry, no update check.
    const run = await promisify(execFile)(process.execPath, [redocly, 'lint', '--extends=recommended', '--format=json', file], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string; stderr?: string }) => ({ stdout: error.stdout ?? '', stderr: error.stderr ?? '' }));
    const report = JSON.parse(run.stdout) as { problems: LintProblem[] };
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId} at ${p.location[0]?.pointer ?? '?'}: ${p.message}`);
    expect(problems).toEqual([]);
  }, 30_000);
});
