/**
 * The AWS Parameters and Secrets Lambda Extension, as a layer on exactly the functions that read a secret (the
 * manage-link key or the badge-signing secret): they fetch it with a GET on localhost
 * (shared/adapters/secrets-extension.ts) instead of bundling the Secrets Manager SDK client. The extension calls
 * GetSecretValue with the function's own role, so the grant stays the one access-grants.ts gives that role.
 */
import { Duration } from 'aws-cdk-lib';
import { ParamsAndSecretsLayerVersion, ParamsAndSecretsLogLevel, ParamsAndSecretsVersions } from 'aws-cdk-lib/aws-lambda';
import type { FunctionAccess } from '../../shared/function-access.ts';

/** Whether the function reads a secret at all: only then does it get the layer and its environment. */
export const readsSecrets = (access: FunctionAccess): boolean => Boolean(access.manageLinkKey?.length || access.badgeSigningKey);

/**
 * One pinned version, so a deploy never changes the extension silently. The adapters keep a secret in memory for
 * the life of the process, so the extension's own cache only serves concurrent first requests: its defaults stay.
 * Its call to Secrets Manager gives up after 2 s, inside the adapter's 3 s wait, so the adapter reports its answer.
 * Warnings only: its info lines would repeat on every cold start.
 */
export const secretsExtension = ParamsAndSecretsLayerVersion.fromVersion(ParamsAndSecretsVersions.V1_0_103, {
  logLevel: ParamsAndSecretsLogLevel.WARN,
  secretsManagerTimeout: Duration.seconds(2),
});
