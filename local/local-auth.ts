/**
 * The local stand-in for Cognito: the platform signs tokens with its own ES256 key (jose) carrying the
 * same claims Cognito puts in an ID token (`sub`, `email`, `cognito:groups`), and verifies them before a
 * request reaches an admin handler, as API Gateway's JWT authorizer does in AWS. The key is kept in the
 * data folder so tokens survive a restart.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SignJWT, exportJWK, generateKeyPair, importJWK, jwtVerify, type CryptoKey, type JWK, type JWTPayload } from 'jose';
import type { Group } from '../shared/http/auth.ts';

export const LOCAL_ISSUER = 'plenary-local';
export const LOCAL_AUDIENCE = 'plenary-console';

/**
 * The sample users of the local platform, put into the local user list (local-users.ts) on first start; tests
 * sign in as them directly (`signInLocalUser`).
 */
export const LOCAL_USERS: Record<string, { email: string; groups: Group[] }> = {
  secretariat: { email: 'secretariat.officer@example.org', groups: ['secretariat'] },
  press: { email: 'press.officer@example.org', groups: ['press'] },
  // Venue staff: the check-in app at /checkin and nothing else, as a user of the `checkin` group is in AWS.
  door: { email: 'door.staff@example.org', groups: ['checkin'] },
};

export interface LocalAuth {
  sign(user: { sub: string; email: string; groups: Group[] }, ttlSeconds?: number): Promise<string>;
  /** The verified claims, or undefined for a missing, expired or forged token. */
  verify(token: string): Promise<JWTPayload | undefined>;
}

const loadOrCreateKeys = async (keyFile?: string): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> => {
  if (keyFile && existsSync(keyFile)) {
    const { privateJwk, publicJwk } = JSON.parse(readFileSync(keyFile, 'utf8')) as { privateJwk: JWK; publicJwk: JWK };
    return { privateKey: (await importJWK(privateJwk, 'ES256')) as CryptoKey, publicKey: (await importJWK(publicJwk, 'ES256')) as CryptoKey };
  }
  const pair = await generateKeyPair('ES256', { extractable: true });
  if (keyFile) {
    mkdirSync(dirname(keyFile), { recursive: true });
    writeFileSync(keyFile, JSON.stringify({ privateJwk: await exportJWK(pair.privateKey), publicJwk: await exportJWK(pair.publicKey) }), {
      mode: 0o600,
    });
  }
  return pair;
};

export const createLocalAuth = async (keyFile?: string): Promise<LocalAuth> => {
  const { privateKey, publicKey } = await loadOrCreateKeys(keyFile);
  return {
    sign: ({ sub, email, groups }, ttlSeconds = 8 * 60 * 60) =>
      new SignJWT({ email, 'cognito:groups': groups, token_use: 'id' })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(sub)
        .setIssuer(LOCAL_ISSUER)
        .setAudience(LOCAL_AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(`${ttlSeconds}s`)
        .sign(privateKey),
    verify: async (token) => {
      try {
        const { payload } = await jwtVerify(token, publicKey, { issuer: LOCAL_ISSUER, audience: LOCAL_AUDIENCE, algorithms: ['ES256'] });
        return payload;
      } catch {
        return undefined;
      }
    },
  };
};

export type LocalUserName = keyof typeof LOCAL_USERS;

/** A token for one of the demo users, with the same claims a Cognito sign-in would give them. */
export const signInLocalUser = async (auth: LocalAuth, user: LocalUserName) => {
  const { email, groups } = LOCAL_USERS[user]!;
  return { token: await auth.sign({ sub: `local-${user}`, email, groups }), user, groups };
};
