/**
 * The build-time alias that gives every function bundle the environment-only credential provider
 * (shared/adapters/lambda-credentials.ts) instead of the SDK's whole default chain. One definition, used by infra's
 * NodejsFunction (as an esbuild CLI argument) and by the bench (bench/lambda-bundle.ts, esbuild's API), so the bench
 * measures what is deployed. An absolute path, so it does not depend on the directory esbuild runs in.
 */
import * as path from 'node:path';

export const CREDENTIALS_ALIAS = {
  '@aws-sdk/credential-provider-node': path.resolve(import.meta.dirname, '../../shared/adapters/lambda-credentials.ts'),
} as const;
