/**
 * Group checks on Cognito-style claims. In AWS the HTTP API's JWT authorizer has verified the token and
 * passes its claims in `requestContext.authorizer.jwt.claims`; locally the platform verifies its own token
 * and passes claims the same way. Either way the handler checks groups here, with the same code.
 */
import { Forbidden, Unauthenticated } from '../domain/errors.ts';
import { GROUPS, type Group } from '../domain/groups.ts';

export { GROUPS, type Group };

export interface Principal {
  subject: string;
  /** Display name for history entries (who did what): the user's email or username. */
  name: string;
  groups: Group[];
}

type Claims = Record<string, string | number | boolean | string[] | undefined>;

/**
 * API Gateway flattens array claims into a string like `[secretariat press]`; a locally verified
 * token keeps the array. Accept both.
 */
export const groupsFromClaims = (claims: Claims): Group[] => {
  const raw = claims['cognito:groups'];
  const list = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.replace(/^\[|\]$/g, '').split(/[\s,]+/) : [];
  return list.filter((g): g is Group => (GROUPS as readonly string[]).includes(g));
};

export const principalFromClaims = (claims: Claims | undefined): Principal | undefined => {
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const name = [claims.email, claims['cognito:username'], claims.username, claims.sub].find((v) => typeof v === 'string') as string;
  return { subject: claims.sub, name, groups: groupsFromClaims(claims) };
};

/** 401 without a principal, 403 when it is in none of the allowed groups. */
export const authorize = (principal: Principal | undefined, allowed: readonly Group[]): Principal => {
  if (!principal) throw new Unauthenticated();
  if (!principal.groups.some((g) => allowed.includes(g))) throw new Forbidden();
  return principal;
};

/** The delegate's manage token from `Authorization: Bearer <token>`: the only place it is taken from. */
export const manageTokenOf = (headers: Record<string, string | undefined>): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(headers.authorization ?? '')?.[1];
