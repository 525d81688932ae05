/**
 * Bundles one function the way infra's NodejsFunction does (infra/functions/plenary-function.ts: ESM, minified,
 * platform node, target node22, mainFields module,main, the createRequire banner, external source map, the route
 * table's facts baked in with `define`, the credentials alias of infra/functions/lambda-credentials.ts), and like
 * infra with `@aws-sdk/*` bundled rather than external, so size and cold import include the SDK.
 */
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { CREDENTIALS_ALIAS } from '../infra/functions/lambda-credentials.ts';

export const REPO_ROOT = resolve(import.meta.dirname, '..');

const NODEJS_FUNCTION_OPTIONS: BuildOptions = {
  bundle: true,
  format: 'esm',
  minify: true,
  platform: 'node',
  target: 'node22',
  mainFields: ['module', 'main'],
  // Same banner as infra: esbuild's ESM output has no `require`, and some CommonJS dependencies call it.
  banner: { js: "import { createRequire as plenaryCreateRequire } from 'node:module'; const require = plenaryCreateRequire(import.meta.url);" },
  // infra sets sourceMap: true (and NODE_OPTIONS=--enable-source-maps, see cold-import.ts).
  sourcemap: true,
  external: [],
  // Same alias as infra: the SDK's default credential chain reduced to the environment (shared/adapters/lambda-credentials.ts).
  alias: { ...CREDENTIALS_ALIAS },
  logLevel: 'warning',
  metafile: true,
};

/** What to bundle: a file under the repository, or a few lines of source resolved from the repository root. */
export type BundleEntry = { file: string } | { source: string };

export interface LambdaBundle {
  outfile: string;
  bytes: number;
  metafile: Metafile;
}

/**
 * `define`: what infra bakes into every bundle (functions/route-facts.ts). `plugins`: only for what-if bundles.
 * `sdkCredentialChain`: build without infra's credentials alias, with the SDK's whole default chain (the issue's
 * reference baseline only).
 */
export const bundleLambda = async (
  entry: BundleEntry,
  outdir: string,
  define: Record<string, string> = {},
  plugins: Plugin[] = [],
  { sdkCredentialChain = false }: { sdkCredentialChain?: boolean } = {},
): Promise<LambdaBundle> => {
  const outfile = resolve(outdir, 'index.mjs');
  const input: BuildOptions =
    'file' in entry
      ? { entryPoints: [resolve(REPO_ROOT, entry.file)] }
      : { stdin: { contents: entry.source, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: 'baseline.ts' } };
  const alias = sdkCredentialChain ? {} : NODEJS_FUNCTION_OPTIONS.alias;
  const result = await build({ ...NODEJS_FUNCTION_OPTIONS, alias, ...input, define, plugins, absWorkingDir: REPO_ROOT, outfile });
  return { outfile, bytes: statSync(outfile).size, metafile: result.metafile as Metafile };
};

/** Bytes each package (or our own source) contributes to the output, largest first. */
export const topContributors = (metafile: Metafile, count: number): { name: string; bytes: number }[] => {
  const byPackage = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...byPackage.entries()]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, count);
};

/** `…/node_modules/@scope/pkg/dist/x.js` -> `@scope/pkg`; our own files are grouped by folder (`shared/http`). */
const packageOf = (path: string): string => {
  const at = path.lastIndexOf('node_modules/');
  if (at < 0) return `ours: ${path.split('/').slice(0, -1).join('/') || path}`;
  const [first = '', second = ''] = path.slice(at + 'node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
};

/**
 * A what-if plugin: every import of `specifier` gets `contents` instead (a stub with the same shape), so a
 * function's bundle can be measured without one dependency, in the same rounds as the real one.
 */
export const replaceModule = (specifier: string, contents: string): Plugin => ({
  name: `replace ${specifier}`,
  setup(pluginBuild) {
    const filter = new RegExp(`^${specifier.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`);
    pluginBuild.onResolve({ filter }, () => ({ path: specifier, namespace: 'what-if' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'what-if' }, () => ({ contents, loader: 'js' }));
  },
});
