/**
 * Which colleague directory the handlers use: Cognito's (the user pool in USER_POOL_ID), unless the local platform
 * has put its own in place (local/local-user-directory.ts: the local sign-in's list). Chosen on each use, so the
 * platform can install its directory whenever it starts.
 */
import type { UserDirectory } from '../domain/colleagues/user-directory.ts';
import { cognitoUserDirectory } from './cognito-user-directory.ts';

let installed: UserDirectory | undefined;
let cognito: UserDirectory | undefined;

/** The local platform only: the directory every colleague route uses from now on. */
export const installUserDirectory = (directory: UserDirectory): void => {
  installed = directory;
};

export const userDirectory = (): UserDirectory => installed ?? (cognito ??= cognitoUserDirectory());
