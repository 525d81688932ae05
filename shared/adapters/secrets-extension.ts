/**
 * Reads a Secrets Manager secret through the AWS Parameters and Secrets Lambda Extension: a layer infra adds only to
 * the functions that may read a secret (infra/functions/secrets-extension.ts). The extension answers a GET on
 * localhost from its cache, or calls GetSecretValue itself with the function's role, so the function bundles no
 * Secrets Manager SDK client (issue 15: about 100 KB and its import time on every cold start of a registration).
 *
 * The request carries the function's session token, which the extension checks so only this sandbox may ask.
 * See https://docs.aws.amazon.com/secretsmanager/latest/userguide/retrieving-secrets_lambda.html
 */

/** The extension's port when PARAMETERS_SECRETS_EXTENSION_HTTP_PORT is not set (its documented default). */
const DEFAULT_PORT = '2773';
/** A stuck extension fails the request well inside the function's timeout; the next request tries again. */
const TIMEOUT_MS = 3_000;

export class SecretsExtensionError extends Error {
  override name = 'SecretsExtensionError';
}

/** The secret's `SecretString`; throws (never with the value in the message) when the extension cannot give one. */
export const readSecretString = async (secretId: string, environment: NodeJS.ProcessEnv = process.env): Promise<string> => {
  const token = environment.AWS_SESSION_TOKEN;
  if (!token) throw new SecretsExtensionError('AWS_SESSION_TOKEN is not set: the Parameters and Secrets extension needs it');
  const port = environment.PARAMETERS_SECRETS_EXTENSION_HTTP_PORT || DEFAULT_PORT;
  const url = `http://localhost:${port}/secretsmanager/get?secretId=${encodeURIComponent(secretId)}`;
  const response = await fetch(url, {
    headers: { 'X-Aws-Parameters-Secrets-Token': token },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  if (!response.ok) {
    // An error answer is the extension's or Secrets Manager's message (not authorized, not found, not ready).
    const detail = (await response.text().catch(() => '')).slice(0, 200);
    throw new SecretsExtensionError(`The Parameters and Secrets extension answered ${response.status} for ${secretId}: ${detail}`);
  }
  const body = (await response.json()) as { SecretString?: unknown };
  if (typeof body.SecretString !== 'string' || !body.SecretString) throw new SecretsExtensionError(`The secret ${secretId} has no string value`);
  return body.SecretString;
};
