/**
 * The console's runtime configuration, read from `/config.json` so one build serves every deployment.
 * The local platform ships `{ "auth": { "kind": "local" } }` (web/public/config.json); in AWS the infra
 * writes the Cognito hosted UI's details over it. A missing or unreadable file means the local platform.
 */
import * as z from 'zod/mini';

const LocalAuthConfig = z.object({ kind: z.literal('local') });

const CognitoAuthConfig = z.object({
  kind: z.literal('cognito'),
  /** The hosted UI's base URL, e.g. https://plenary.auth.eu-west-1.amazoncognito.com */
  domain: z.url({ protocol: /^https$/ }),
  clientId: z.string().check(z.minLength(1)),
  /** Defaults to `<origin>/console/callback`. */
  redirectUri: z.optional(z.url()),
  /** Defaults to `<origin>/console/sign-in`. */
  logoutUri: z.optional(z.url()),
  scopes: z._default(z.array(z.string()), ['openid', 'email', 'profile']),
});

export const RuntimeConfig = z.object({ auth: z.discriminatedUnion('kind', [LocalAuthConfig, CognitoAuthConfig]) });
export type RuntimeConfig = z.infer<typeof RuntimeConfig>;
export type CognitoAuthConfig = z.infer<typeof CognitoAuthConfig>;

const LOCAL: RuntimeConfig = { auth: { kind: 'local' } };

let loaded: Promise<RuntimeConfig> | undefined;

export const runtimeConfig = (): Promise<RuntimeConfig> =>
  (loaded ??= fetch('/config.json', { headers: { Accept: 'application/json' } })
    .then(async (response) => (response.ok ? RuntimeConfig.parse(await response.json()) : LOCAL))
    .catch(() => LOCAL));
