/**
 * The local platform's sign-in (`GET /local/users`, `POST /local/sign-in`): the local user list instead of Cognito,
 * never present in AWS. The colleagues page adds to that list, so an invited colleague can sign in here at once.
 */
import type { Group } from './session.ts';

export interface LocalUser {
  username: string;
  email: string;
  groups: Group[];
  enabled: boolean;
}

export const listLocalUsers = async (): Promise<LocalUser[]> => {
  const response = await fetch('/local/users', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`local users answered ${response.status}`);
  return ((await response.json()) as { items: LocalUser[] }).items;
};

export const signInLocally = async (user: string): Promise<string> => {
  const response = await fetch('/local/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ user }),
  });
  if (!response.ok) throw new Error(`local sign-in answered ${response.status}`);
  const { token } = (await response.json()) as { token?: unknown };
  if (typeof token !== 'string') throw new Error('local sign-in gave no token');
  return token;
};
