/**
 * The secret key manage tokens are derived with (shared/domain/manage-token.ts), loaded once per process:
 * - `MANAGE_LINK_KEY` (base64, at least 32 bytes) when set: tests, or a local override;
 * - in AWS, the Secrets Manager secret named by `MANAGE_LINK_KEY_SECRET_ARN` (infra creates it; the
 *   function may only read it), fetched on the first request of a cold start through the Parameters and Secrets
 *   extension (secrets-extension.ts), not the SDK;
 * - locally (DynamoDB Local in use) a random key generated once and kept in the data folder, so links in
 *   emails keep working across restarts of `npm start`.
 * The registration functions and the mailer both use it; the key itself is never logged or returned.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deriveDelegationToken, delegationUrl } from '../domain/delegations/delegation-token.ts';
import { deriveManageToken, manageUrl as buildManageUrl } from '../domain/manage-token.ts';
import type { ManageTokens } from '../domain/registration/ports.ts';
import { env } from './env.ts';
import { readSecretString } from './secrets-extension.ts';

const MIN_KEY_BYTES = 32;

const decodeKey = (encoded: string, source: string): Buffer => {
  const key = Buffer.from(encoded.trim(), 'base64');
  if (key.length < MIN_KEY_BYTES) throw new Error(`${source}: the manage link key must be at least ${MIN_KEY_BYTES} bytes (base64)`);
  return key;
};

const localKeyFile = () => join(process.env.PLENARY_DATA_DIR ?? resolve(import.meta.dirname, '..', '..', '.data'), 'manage-link-key');

const loadLocalKey = (): Buffer => {
  const file = localKeyFile();
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    // 'wx': if two processes race, one creates the file and the other reads it.
    try {
      writeFileSync(file, randomBytes(MIN_KEY_BYTES).toString('base64'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return decodeKey(readFileSync(file, 'utf8'), file);
};

const loadSecret = async (secretId: string): Promise<Buffer> => decodeKey(await readSecretString(secretId), 'MANAGE_LINK_KEY_SECRET_ARN');

let loading: Promise<Buffer> | undefined;

export const manageLinkKey = (): Promise<Buffer> => {
  loading ??= (async () => {
    if (process.env.MANAGE_LINK_KEY) return decodeKey(process.env.MANAGE_LINK_KEY, 'MANAGE_LINK_KEY');
    if (process.env.MANAGE_LINK_KEY_SECRET_ARN) return loadSecret(process.env.MANAGE_LINK_KEY_SECRET_ARN);
    if (env.dynamoEndpoint) return loadLocalKey();
    throw new Error('No manage link key: set MANAGE_LINK_KEY_SECRET_ARN (AWS) or MANAGE_LINK_KEY');
  })();
  // A failed load (a network blip at cold start) is retried by the next request instead of sticking.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
};

export const manageTokens: ManageTokens = {
  tokenFor: async (eventId, registrationId, tokenVersion) => deriveManageToken(await manageLinkKey(), eventId, registrationId, tokenVersion),
};

/** The delegate's manage link: what the POST answer returns and what the acknowledgement email carries. */
export const manageUrl = async (eventId: string, registrationId: string, tokenVersion = 1): Promise<string> =>
  buildManageUrl(env.publicBaseUrl, eventId, registrationId, await manageTokens.tokenFor(eventId, registrationId, tokenVersion));

/** A focal point's delegation token (shared/domain/delegations/delegation-token.ts), from the same key. */
export const delegationToken = async (eventId: string, code: string, focalPointId: string): Promise<string> =>
  deriveDelegationToken(await manageLinkKey(), eventId, code, focalPointId);

/** The focal point's private link to their delegation's page: what the invitation email carries. */
export const delegationLink = async (eventId: string, code: string, focalPointId: string): Promise<string> =>
  delegationUrl(env.publicBaseUrl, eventId, code, await delegationToken(eventId, code, focalPointId));
