/**
 * infra's NodejsFunction bundles every function with the SDK's credential chain reduced to the environment
 * (infra/functions/lambda-credentials.ts): one real bundle of a DynamoDB function, built by CDK with local esbuild,
 * carries the environment provider and none of the rest of the chain, and its client signs with the credentials
 * Lambda puts in the environment.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../functions/routes.ts';
import { buildPlenary } from './plenary-under-test.ts';

describe('function bundles take their AWS credentials from the environment only', () => {
  const outdir = mkdtempSync(path.join(tmpdir(), 'plenary-synth-credentials-'));
  let sources: string[];

  beforeAll(() => {
    const getEvent = routes.find((r) => r.handler === 'events/get-event')!;
    const { app } = buildPlenary({ bundling: true, outdir, routes: [getEvent], workers: [] });
    app.synth();
    const [bundle] = readdirSync(outdir)
      .filter((name) => name.startsWith('asset.') && existsSync(path.join(outdir, name, 'index.mjs')))
      .map((name) => path.join(outdir, name));
    sources = (JSON.parse(readFileSync(path.join(bundle!, 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  it('bundles the environment provider in place of the default chain', () => {
    // (lambda-credentials.ts itself only re-exports, so it leaves no code of its own in the map.)
    expect(sources.some((s) => s.includes('@aws-sdk/credential-provider-env/'))).toBe(true);
    expect(sources.some((s) => s.includes('@aws-sdk/client-dynamodb/'))).toBe(true);
  });

  it('bundles none of the chain Lambda never reaches (profiles, SSO, web identity, metadata, the STS and sign-in clients)', () => {
    const chain = ['credential-provider-node', 'credential-provider-ini', 'credential-provider-sso', 'credential-provider-web-identity'];
    const rest = [...chain, 'credential-provider-process', 'credential-provider-login', 'credential-provider-imds', 'nested-clients'];
    expect(sources.filter((s) => rest.some((name) => s.includes(`/${name}/`)))).toEqual([]);
  });
});

describe('the environment provider', () => {
  it('answers with the credentials Lambda sets, as the default chain would first', async () => {
    const { defaultProvider } = await import('../../shared/adapters/lambda-credentials.ts');
    const saved = { ...process.env };
    try {
      Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDLAMBDA', AWS_SECRET_ACCESS_KEY: 'secret', AWS_SESSION_TOKEN: 'token' });
      await expect(defaultProvider({})()).resolves.toMatchObject({ accessKeyId: 'AKIDLAMBDA', secretAccessKey: 'secret', sessionToken: 'token' });
    } finally {
      process.env = saved;
    }
  });
});
