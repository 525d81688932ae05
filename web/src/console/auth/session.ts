/**
 * The signed-in console user: the ID token (from the local sign-in or Cognito) kept in sessionStorage, so
 * it ends with the tab, and the claims the console needs to decide what to show. The API checks the token;
 * these claims only shape the screens.
 */
export type Group = 'secretariat' | 'press' | 'checkin';

export interface Session {
  token: string;
  email: string;
  groups: Group[];
  /** Seconds since the epoch. */
  expiresAt: number;
}

const KEY = 'plenary.console.session';

const decodeClaims = (token: string): Record<string, unknown> | undefined => {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
};

export const sessionFromToken = (token: string): Session | undefined => {
  const claims = decodeClaims(token);
  if (!claims || typeof claims.exp !== 'number') return undefined;
  const raw = claims['cognito:groups'];
  const groups = (Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(/[ ,]+/) : []).filter(
    (g): g is Group => g === 'secretariat' || g === 'press' || g === 'checkin',
  );
  return { token, email: typeof claims.email === 'string' ? claims.email : '', groups, expiresAt: claims.exp };
};

export const saveSession = (token: string): Session | undefined => {
  const session = sessionFromToken(token);
  if (session) sessionStorage.setItem(KEY, token);
  return session;
};

export const currentSession = (now = Date.now()): Session | undefined => {
  const token = sessionStorage.getItem(KEY);
  const session = token ? sessionFromToken(token) : undefined;
  if (session && session.expiresAt * 1000 > now) return session;
  if (token) sessionStorage.removeItem(KEY);
  return undefined;
};

export const clearSession = (): void => sessionStorage.removeItem(KEY);

/** Secretariat users see everything; press officers only the press part. */
export const canSeeRegistrations = (session: Session): boolean => session.groups.includes('secretariat');
export const canSeeInquiries = (session: Session): boolean => session.groups.includes('secretariat') || session.groups.includes('press');
/** Only the secretariat invites, regroups and removes colleagues. */
export const canManageColleagues = (session: Session): boolean => session.groups.includes('secretariat');
