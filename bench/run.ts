/**
 * Runs the benchmarks: `npm run bench` (all) or `npm run bench -- bundles` (one by name).
 * `--runs=N` sets the cold imports per bundle (default 20). Tables only: the exit code never depends on time.
 */
import { runBundles } from './bundles.ts';
import { runRegistrations } from './registrations.ts';

const args = process.argv.slice(2);
const runsArg = args.find((arg) => arg.startsWith('--runs='));
const runs = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) || 20) : 20;

const benchmarks: Record<string, () => Promise<void>> = {
  bundles: () => runBundles({ runs }),
  registrations: () => runRegistrations(),
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
