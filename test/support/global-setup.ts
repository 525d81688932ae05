/**
 * Starts ONE local platform (in-memory DynamoDB Local, SES emulator, HTTP server) for the whole
 * integration run and hands its addresses to the tests through `inject('platform')`.
 */
import type { TestProject } from 'vitest/node';
import { startPlatform, type PlatformInfo } from '../../local/platform.ts';
import { startPlatformCoverage } from './platform-coverage.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    platform: PlatformInfo;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stopCoverage = await startPlatformCoverage(project);
  const platform = await startPlatform({ memory: true, port: 0, seed: true, quiet: true, trustViewerAddress: true });
  const { baseUrl, apiUrl, dynamoEndpoint, tableName, sesEndpoint, sesUrl, authKeyFile, s3Endpoint, documentsBucket } = platform;
  project.provide('platform', { baseUrl, apiUrl, dynamoEndpoint, tableName, sesEndpoint, sesUrl, authKeyFile, s3Endpoint, documentsBucket });
  return async () => {
    await platform.stop();
    await stopCoverage();
  };
}
