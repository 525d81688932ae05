/**
 * Cold import of a bundle: a fresh Node process imports it once and reports how long `await import()` took,
 * measured inside the process with performance.now(), so Node's own start-up is left out (Lambda's init
 * phase pays it for every function alike).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/**
 * The environment of a deployed function: what infra/functions/plenary-function.ts and access-grants.ts set
 * (every variable of every function, so each handler finds what it reads at module load), plus what Lambda sets.
 */
export const FUNCTION_ENV: Record<string, string> = {
  NODE_OPTIONS: '--enable-source-maps',
  POWERTOOLS_SERVICE_NAME: 'plenary-bench',
  PUBLIC_BASE_URL: 'https://plenary.example.org',
  TABLE_NAME: 'plenary-bench',
  SES_CONFIGURATION_SET: 'plenary-bench',
  SES_FROM: 'no-reply@plenary.example.org',
  MANAGE_LINK_KEY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:plenary-manage-link-key',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
};

const PROBE = `
const started = performance.now();
await import(process.env.BENCH_BUNDLE_URL);
process.stdout.write(String(performance.now() - started));
`;

/** The `SomeError: message` line of a crash report (Node prints the minified source line before it). */
const errorLine = (stderr: string): string => {
  const lines = stderr.split('\n').map((line) => line.trim());
  const line = lines.find((l) => /^\w*(Error|Exception)\b.*:/.test(l)) ?? lines.filter(Boolean).at(-1) ?? 'no output';
  return line.slice(0, 200);
};

/** Milliseconds to import `bundlePath` in a new process; throws with the child's error line if the import fails. */
export const coldImportMs = (bundlePath: string): number => {
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', PROBE], {
    env: { PATH: process.env.PATH ?? '', ...FUNCTION_ENV, BENCH_BUNDLE_URL: pathToFileURL(bundlePath).href },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`import failed: ${errorLine(child.stderr)}`);
  return ms;
};
