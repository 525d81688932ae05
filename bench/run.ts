/**
 * Runs the benchmarks: `npm run bench` (all) or `npm run bench -- bundles` (one by name).
 * `--runs=N` sets the cold imports per bundle (default 20). Tables only: the exit code never depends on time.
 */

const args = process.argv.slice(2);
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 20) : 20;

// Loaded on demand, so one benchmark never pays for (or breaks on) another's imports.
const benchmarks: Record<string, () => Promise<void>> = {
  bundles: async () => (await import('./bundles.ts')).runBundles({ runs }),
  registrations: async () => (await import('./registrations.ts')).runRegistrations(),
};

const names = args.filter((arg) => !arg.startsWith('--'));
const unknown = names.filter((name) => !(name in benchmarks));
if (unknown.length) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${Object.keys(benchmarks).join(', ')})`);
  process.exit(2);
}
for (const name of names.length ? names : Object.keys(benchmarks)) {
  await (benchmarks[name] as () => Promise<void>)();
}
