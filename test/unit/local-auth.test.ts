import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { LOCAL_AUDIENCE, LOCAL_ISSUER, createLocalAuth, signInLocalUser } from '../../local/local-auth.ts';

const dir = mkdtempSync(join(tmpdir(), 'plenary-auth-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('local sign-in (the stand-in for Cognito)', () => {
  it('issues a token whose verified claims carry the user and their groups', async () => {
    const auth = await createLocalAuth();
    const { token, groups } = await signInLocalUser(auth, 'secretariat');
    const claims = await auth.verify(token);
    expect(groups).toEqual(['secretariat']);
    expect(claims).toMatchObject({ sub: 'local-secretariat', 'cognito:groups': ['secretariat'], iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE });
  });

  it('refuses a token signed with another key', async () => {
    const auth = await createLocalAuth();
    const forger = await createLocalAuth();
    const { token } = await signInLocalUser(forger, 'secretariat');
    expect(await auth.verify(token)).toBeUndefined();
  });

  it('refuses a token whose payload was altered', async () => {
    const auth = await createLocalAuth();
    const [header, payload, signature] = (await signInLocalUser(auth, 'press')).token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const promoted = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['secretariat'] })).toString('base64url');
    expect(await auth.verify(`${header}.${promoted}.${signature}`)).toBeUndefined();
  });

  it('refuses an expired token', async () => {
    const auth = await createLocalAuth();
    const token = await auth.sign({ sub: 'local-press', email: 'press.officer@example.org', groups: ['press'] }, -60);
    expect(await auth.verify(token)).toBeUndefined();
  });

  it('refuses an unsigned token and one for another audience', async () => {
    const auth = await createLocalAuth();
    const [, payload] = (await signInLocalUser(auth, 'press')).token.split('.');
    const none = Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url');
    expect(await auth.verify(`${none}.${payload}.`)).toBeUndefined();
    const { privateKey } = await generateKeyPair('ES256');
    const foreign = await new SignJWT({})
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(LOCAL_ISSUER)
      .setAudience('another-app')
      .setExpirationTime('1h')
      .sign(privateKey);
    expect(await auth.verify(foreign)).toBeUndefined();
    expect(await auth.verify('not a token')).toBeUndefined();
  });

  it('keeps its key in the data folder, so tokens survive a restart', async () => {
    const keyFile = join(dir, 'key.json');
    const before = await createLocalAuth(keyFile);
    const { token } = await signInLocalUser(before, 'press');
    const after = await createLocalAuth(keyFile);
    expect(await after.verify(token)).toMatchObject({ sub: 'local-press' });
  });
});
