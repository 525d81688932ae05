/** Ends the console session here and, in AWS, at the Cognito hosted UI too. */
import { navigate } from '../router/router.ts';
import { cognitoSignOutUrl } from './auth/cognito-pkce.ts';
import { clearSession } from './auth/session.ts';
import { runtimeConfig } from './runtime-config.ts';

export const signOut = async (): Promise<void> => {
  clearSession();
  const { auth } = await runtimeConfig();
  if (auth.kind === 'cognito') window.location.assign(cognitoSignOutUrl(auth));
  else navigate('/console/sign-in');
};
