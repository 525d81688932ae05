/**
 * Runs the benchmarks: `npm run bench` (all) or `npm run bench -- bundles` (one by name).
 * `--runs=N` sets the cold imports per bundle (default 20). `BENCH_QUICK=1` runs every benchmark small (3 cold
 * imports, fewer levels and requests), to check that the bench works; its results go to `<name>-quick.*`.
 * Tables only: the exit code never depends on time.
 */

import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const quick = process.env.BENCH_QUICK === '1';
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const defaultRuns = quick ? 3 : 20;
const runs = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || defaultRuns) : defaultRuns;

// Loaded on demand, so one benchmark never pays for (or breaks on) another's imports.
const benchmarks: Record<string, () => Promise<void>> = {
  bundles: async () => (await import('./bundles.ts')).runBundles({ runs }),
  registrations: async () => (await import('./registrations.ts')).runRegistrations(),
  rush: async () => (await import('./rush.ts')).runRushBenchmark(),
};

const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(benchmarks).join(', ')})`);
  process.exit(2);
}
const chosen = names.length ? names : Object.keys(benchmarks);
if (chosen.length === 1) {
  await (benchmarks[chosen[0] as string] as () => Promise<void>)();
} else {
  // One process per benchmark: the local platform is one per process (it sets the environment the adapters read
  // when they load), and each benchmark starts its own. The same Node flags (tsx's loader) and options go along.
  const flags = args.filter((arg) => arg.startsWith('--'));
  let failed = 0;
  for (const name of chosen) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name, ...flags], { stdio: 'inherit' });
    if (child.status !== 0) failed = child.status ?? 1;
  }
  process.exitCode = failed;
}
