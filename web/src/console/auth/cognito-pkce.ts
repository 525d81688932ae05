/**
 * Sign-in in AWS: the OAuth 2.0 authorization code flow with PKCE against the Cognito hosted UI (no client
 * secret in the browser). The verifier and state live in sessionStorage only between the redirect out and
 * the redirect back; the ID token that comes back carries `cognito:groups`, which the API's JWT authorizer checks.
 */
import type { CognitoAuthConfig } from '../runtime-config.ts';

const PENDING = 'plenary.console.pkce';

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

const randomString = (bytes = 32): string => base64url(crypto.getRandomValues(new Uint8Array(bytes)));

const challengeOf = async (verifier: string): Promise<string> =>
  base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));

const redirectUri = (config: CognitoAuthConfig) => config.redirectUri ?? `${window.location.origin}/console/callback`;

/** Leaves for the hosted UI; comes back to /console/callback with `code` and `state`. */
export const startCognitoSignIn = async (config: CognitoAuthConfig, returnTo: string): Promise<void> => {
  const verifier = randomString(48);
  const state = randomString(16);
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state, returnTo }));
  const url = new URL('/oauth2/authorize', config.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri(config),
    scope: config.scopes.join(' '),
    state,
    code_challenge_method: 'S256',
    code_challenge: await challengeOf(verifier),
  }).toString();
  window.location.assign(url.toString());
};

/** Exchanges the code for tokens; returns the ID token and where the user was going. */
export const finishCognitoSignIn = async (config: CognitoAuthConfig, query: URLSearchParams): Promise<{ idToken: string; returnTo: string }> => {
  const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier: string; state: string; returnTo: string } | null;
  sessionStorage.removeItem(PENDING);
  const code = query.get('code');
  if (!pending || !code || query.get('state') !== pending.state) throw new Error('sign-in state does not match');
  const response = await fetch(new URL('/oauth2/token', config.domain), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.clientId,
      code,
      redirect_uri: redirectUri(config),
      code_verifier: pending.verifier,
    }),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const { id_token: idToken } = (await response.json()) as { id_token?: unknown };
  if (typeof idToken !== 'string') throw new Error('no ID token');
  return { idToken, returnTo: pending.returnTo };
};

/** Ends the hosted UI's own session too, then comes back to the sign-in page. */
export const cognitoSignOutUrl = (config: CognitoAuthConfig): string => {
  const url = new URL('/logout', config.domain);
  url.search = new URLSearchParams({
    client_id: config.clientId,
    logout_uri: config.logoutUri ?? `${window.location.origin}/console/sign-in`,
  }).toString();
  return url.toString();
};
