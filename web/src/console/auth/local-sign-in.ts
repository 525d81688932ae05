/** The local platform's demo sign-in (`POST /local/sign-in`): never present in AWS, where Cognito signs people in. */
export const LOCAL_USERS = ['secretariat', 'press'] as const;
export type LocalUser = (typeof LOCAL_USERS)[number];

export const signInLocally = async (user: LocalUser): Promise<string> => {
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
