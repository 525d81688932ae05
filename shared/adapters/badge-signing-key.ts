/**
 * The event's badge-signing key pair, derived from one platform secret (shared/domain/badges/check-in-code.ts),
 * loaded once per process:
 * - `BADGE_SIGNING_SECRET` (base64, at least 32 bytes) when set: tests, or a local override;
 * - in AWS, the Secrets Manager secret named by `BADGE_SIGNING_SECRET_ARN` (infra/badge-signing-key.ts), which only
 *   the functions that make badges may read, fetched through the Parameters and Secrets extension (secrets-extension.ts);
 * - locally (DynamoDB Local in use) a random secret generated once and kept in the data folder, so badges printed
 *   yesterday still scan after a restart of `npm start`.
 * The secret and private keys are never logged or returned; only public keys leave (the check-in roster).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deriveEventSeed, keyPairFromSeed } from '../domain/badges/check-in-code.ts';
import { env } from './env.ts';
import { readSecretString } from './secrets-extension.ts';

const MIN_SECRET_BYTES = 32;

const decodeSecret = (encoded: string, source: string): Uint8Array => {
  const secret = Buffer.from(encoded.trim(), 'base64');
  if (secret.length < MIN_SECRET_BYTES) throw new Error(`${source}: the badge signing secret must be at least ${MIN_SECRET_BYTES} bytes (base64)`);
  return new Uint8Array(secret);
};

const localSecretFile = () => join(process.env.PLENARY_DATA_DIR ?? resolve(import.meta.dirname, '..', '..', '.data'), 'badge-signing-secret');

const loadLocalSecret = (): Uint8Array => {
  const file = localSecretFile();
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': if two processes race, one creates the file and the other reads it.
    try {
      writeFileSync(file, randomBytes(MIN_SECRET_BYTES).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return decodeSecret(readFileSync(file, 'utf8'), file);
};

const loadSecret = async (secretId: string): Promise<Uint8Array> => decodeSecret(await readSecretString(secretId), 'BADGE_SIGNING_SECRET_ARN');

let loading: Promise<Uint8Array> | undefined;

const badgeSigningSecret = (): Promise<Uint8Array> => {
  loading ??= (async () => {
    if (process.env.BADGE_SIGNING_SECRET) return decodeSecret(process.env.BADGE_SIGNING_SECRET, 'BADGE_SIGNING_SECRET');
    if (process.env.BADGE_SIGNING_SECRET_ARN) return loadSecret(process.env.BADGE_SIGNING_SECRET_ARN);
    if (env.dynamoEndpoint) return loadLocalSecret();
    throw new Error('No badge signing secret: set BADGE_SIGNING_SECRET_ARN (AWS) or BADGE_SIGNING_SECRET');
  })();
  // A failed load (a network blip at cold start) is retried by the next request instead of sticking.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
};

const keyPairs = new Map<string, Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }>>();

/** The event's Ed25519 key pair: the private key signs its badges' check-in codes, the public key verifies them. */
export const badgeSigningKeys = (eventId: string): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> => {
  let pair = keyPairs.get(eventId);
  if (!pair) {
    pair = badgeSigningSecret().then(async (secret) => keyPairFromSeed(await deriveEventSeed(secret, eventId)));
    pair.catch(() => keyPairs.delete(eventId));
    keyPairs.set(eventId, pair);
  }
  return pair;
};
