/**
 * Cold import of a bundle: a fresh Node process imports it once and reports how long `await import()` took,
 * measured inside the process with performance.now(), so Node's own start-up is left out (Lambda's init
 * phase pays it for every function alike).
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

/** What the handlers read at module load, as infra sets it on every function. */
export const FUNCTION_ENV: Record<string, string> = {
  TABLE_NAME: 'plenary-bench',
  AWS_REGION: 'eu-west-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  POWERTOOLS_SERVICE_NAME: 'plenary',
  POWERTOOLS_LOG_LEVEL: 'WARN',
  PUBLIC_BASE_URL: 'https://plenary.example.org',
  NODE_OPTIONS: '',
};

const PROBE = `
const started = performance.now();
await import(process.env.BENCH_BUNDLE_URL);
process.stdout.write(String(performance.now() - started));
`;

/** Milliseconds to import `bundlePath` in a new process; throws with the child's stderr if the import fails. */
export const coldImportMs = (bundlePath: string): number => {
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', PROBE], {
    env: { PATH: process.env.PATH ?? '', ...FUNCTION_ENV, BENCH_BUNDLE_URL: pathToFileURL(bundlePath).href },
    encoding: 'utf8',
    timeout: 30_000,
  });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms)) {
    throw new Error(`import of ${bundlePath} failed: ${child.stderr.trim().split('\n').slice(0, 3).join(' / ')}`);
  }
  return ms;
};
