/** The colleague use cases over the directory in place (Cognito in AWS, the local sign-in's list locally). */
import { userDirectory } from '../../shared/adapters/user-directory.ts';
import { makeColleagues } from '../../shared/domain/colleagues/colleague-use-cases.ts';

/** Made on each request: the directory is chosen on use (shared/adapters/user-directory.ts). */
export const colleagues = () => makeColleagues({ directory: userDirectory() });
