/**
 * Starts the local platform (local/platform.ts) in memory for a benchmark. It is loaded at run time, not
 * imported statically, for two reasons: the benchmark skips cleanly while the platform does not exist yet,
 * and nothing in this process may load shared/adapters/env.ts before the platform has set its environment.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './lambda-bundle.ts';

/** The part of the platform's handle the benchmarks rely on. */
export interface BenchPlatform {
  apiUrl: string;
  dynamoEndpoint: string;
  tableName: string;
  stop(): Promise<void>;
}

interface PlatformModule {
  startPlatform?: (options: { memory: boolean; port: number; seed: boolean; quiet: boolean }) => Promise<Record<string, unknown>>;
}

const PLATFORM_MODULE = resolve(REPO_ROOT, 'local', 'platform.ts');

/** The running platform, or the reason it could not be started. */
export const startBenchPlatform = async (): Promise<BenchPlatform | string> => {
  if (!existsSync(PLATFORM_MODULE)) return 'local/platform.ts does not exist yet';
  const { startPlatform } = (await import(pathToFileURL(PLATFORM_MODULE).href)) as PlatformModule;
  if (typeof startPlatform !== 'function') return 'local/platform.ts does not export startPlatform';
  const handle = await startPlatform({ memory: true, port: 0, seed: true, quiet: true });
  const { apiUrl, baseUrl, dynamoEndpoint, tableName, stop } = handle;
  const api = typeof apiUrl === 'string' ? apiUrl : typeof baseUrl === 'string' ? `${baseUrl}/api` : undefined;
  if (!api || typeof dynamoEndpoint !== 'string' || typeof tableName !== 'string' || typeof stop !== 'function') {
    return `startPlatform returned an unexpected handle (keys: ${Object.keys(handle).join(', ')})`;
  }
  return { apiUrl: api, dynamoEndpoint, tableName, stop: () => (stop as () => Promise<void>).call(handle) };
};
