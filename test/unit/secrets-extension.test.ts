/**
 * The Parameters and Secrets extension client (shared/adapters/secrets-extension.ts) and the two secret adapters that
 * use it in AWS, against a node:http server standing in for the extension on localhost.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSecretString } from '../../shared/adapters/secrets-extension.ts';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:plenary/manage-link-key-AbCdEf';
const TOKEN = 'session-token-of-this-sandbox';
const KEY = Buffer.alloc(48, 7).toString('base64');

/** What the stand-in answers next (one answer per request, the last one repeats) and what it was asked. */
let answers: { status: number; body: string }[] = [];
let requests: { url: string; token: string | undefined; method: string }[] = [];
const secretAnswer = (secretString: string) => ({
  status: 200,
  body: JSON.stringify({ ARN: SECRET_ARN, Name: 'plenary', SecretString: secretString }),
});

let server: Server;
let port: string;

beforeAll(async () => {
  server = createServer((request: IncomingMessage, response) => {
    requests.push({
      url: request.url ?? '',
      token: request.headers['x-aws-parameters-secrets-token'] as string | undefined,
      method: request.method ?? '',
    });
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
    response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
  });
  // All interfaces: `localhost` may resolve to ::1 or 127.0.0.1.
  await new Promise<void>((resolve) => server.listen(0, resolve));
  port = String((server.address() as AddressInfo).port);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

afterEach(() => {
  answers = [];
  requests = [];
  vi.unstubAllEnvs();
  vi.resetModules();
});

const env = (): NodeJS.ProcessEnv => ({ AWS_SESSION_TOKEN: TOKEN, PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port });

describe('reading a secret through the Parameters and Secrets extension', () => {
  it('asks GET /secretsmanager/get for the secret id, with the session token, and returns its SecretString', async () => {
    answers = [secretAnswer(KEY)];
    await expect(readSecretString(SECRET_ARN, env())).resolves.toBe(KEY);
    expect(requests).toEqual([{ method: 'GET', url: `/secretsmanager/get?secretId=${encodeURIComponent(SECRET_ARN)}`, token: TOKEN }]);
  });

  it.each([400, 403, 404, 500])('fails on a %i answer, naming the status and the secret', async (status) => {
    answers = [{ status, body: '{"message":"not authorized"}' }];
    await expect(readSecretString(SECRET_ARN, env())).rejects.toThrow(new RegExp(`answered ${status} for ${SECRET_ARN}.*not authorized`));
  });

  it('fails without a session token, before asking anything', async () => {
    await expect(readSecretString(SECRET_ARN, { PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: port })).rejects.toThrow(/AWS_SESSION_TOKEN/);
    expect(requests).toEqual([]);
  });

  it('fails on a secret with no string value (a binary secret)', async () => {
    answers = [{ status: 200, body: JSON.stringify({ ARN: SECRET_ARN, SecretBinary: 'AAAA' }) }];
    await expect(readSecretString(SECRET_ARN, env())).rejects.toThrow(/no string value/);
  });

  it('uses the documented default port 2773 when the variable is not set', async () => {
    // Nothing listens there in a test (or it is not the stand-in): only the address is checked, through the failure.
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValueOnce(new Error('connection refused'));
    await expect(readSecretString(SECRET_ARN, { AWS_SESSION_TOKEN: TOKEN })).rejects.toThrow(/connection refused/);
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`http://localhost:2773/secretsmanager/get?secretId=${encodeURIComponent(SECRET_ARN)}`);
    fetchSpy.mockRestore();
  });
});

describe('the manage-link key in AWS', () => {
  const stubAws = () => {
    vi.stubEnv('MANAGE_LINK_KEY', '');
    vi.stubEnv('MANAGE_LINK_KEY_SECRET_ARN', SECRET_ARN);
    vi.stubEnv('AWS_SESSION_TOKEN', TOKEN);
    vi.stubEnv('PARAMETERS_SECRETS_EXTENSION_HTTP_PORT', port);
  };

  it('is read once per process through the extension', async () => {
    stubAws();
    answers = [secretAnswer(KEY)];
    const { manageLinkKey } = await import('../../shared/adapters/manage-link-key.ts');
    expect((await manageLinkKey()).toString('base64')).toBe(KEY);
    expect((await manageLinkKey()).toString('base64')).toBe(KEY);
    expect(requests).toHaveLength(1);
  });

  it('after a failed read (the extension not ready, a Secrets Manager blip), the next request tries again', async () => {
    stubAws();
    answers = [{ status: 500, body: 'internal error' }, secretAnswer(KEY)];
    const { manageLinkKey } = await import('../../shared/adapters/manage-link-key.ts');
    await expect(manageLinkKey()).rejects.toThrow(/answered 500/);
    expect((await manageLinkKey()).toString('base64')).toBe(KEY);
    expect(requests).toHaveLength(2);
  });

  it('refuses a key shorter than 32 bytes', async () => {
    stubAws();
    answers = [secretAnswer(Buffer.alloc(16, 1).toString('base64'))];
    const { manageLinkKey } = await import('../../shared/adapters/manage-link-key.ts');
    await expect(manageLinkKey()).rejects.toThrow(/at least 32 bytes/);
  });
});

describe('the badge-signing secret in AWS', () => {
  it('is read through the extension, and a failed read is tried again by the next request', async () => {
    vi.stubEnv('BADGE_SIGNING_SECRET', '');
    vi.stubEnv('BADGE_SIGNING_SECRET_ARN', SECRET_ARN);
    vi.stubEnv('AWS_SESSION_TOKEN', TOKEN);
    vi.stubEnv('PARAMETERS_SECRETS_EXTENSION_HTTP_PORT', port);
    answers = [{ status: 403, body: 'AccessDeniedException' }, secretAnswer(KEY)];
    const { badgeSigningKeys } = await import('../../shared/adapters/badge-signing-key.ts');
    await expect(badgeSigningKeys('sacm-7')).rejects.toThrow(/answered 403/);
    const { publicKey } = await badgeSigningKeys('sacm-7');
    expect(publicKey.algorithm.name).toBe('Ed25519');
    expect(requests.map((r) => r.token)).toEqual([TOKEN, TOKEN]);
  });
});
