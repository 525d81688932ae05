/**
 * The build-time alias that gives every function bundle the environment-only credential provider
 * (shared/adapters/lambda-credentials.ts) instead of the SDK's whole default chain. One definition, used by infra's
 * NodejsFunction (as an esbuild CLI argument) and by the bench (bench/lambda-bundle.ts, esbuild's API), so the bench
 * measures what is deployed. A relative replacement is resolved from esbuild's working directory: the project root
 * in both.
 */
export const CREDENTIALS_ALIAS = { '@aws-sdk/credential-provider-node': './shared/adapters/lambda-credentials.ts' } as const;
