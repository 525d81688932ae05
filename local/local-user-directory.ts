/**
 * The colleague directory on the local platform: the local sign-in's user list (local-users.ts) instead of Cognito,
 * and the invitation sent to the SES emulator so it shows in the local mailbox. As IAM does in AWS, each call must be
 * a Cognito action the calling route declares (`access.cognito`), so a route that forgets one fails here first.
 */
import { randomUUID } from 'node:crypto';
import { SendEmailCommand } from '@aws-sdk/client-sesv2';
import { sesClient } from '../shared/adapters/ses-client.ts';
import { sesConfig } from '../shared/adapters/ses-config.ts';
import { env } from '../shared/adapters/env.ts';
import { ColleagueExists } from '../shared/domain/colleagues/colleague-errors.ts';
import type { DirectoryUser } from '../shared/domain/colleagues/colleague.ts';
import type { UserDirectory } from '../shared/domain/colleagues/user-directory.ts';
import type { CognitoAction } from '../shared/function-access.ts';
import { INVITATION_SUBJECT, invitationHtml, invitationText } from '../shared/email/colleague-invitation.ts';
import { AccessDenied, currentCaller } from './dynamodb-permissions.ts';
import { localSub, type LocalUserList } from './local-users.ts';

const need = (action: CognitoAction): void => {
  const who = currentCaller();
  if (who && !(who.access.cognito ?? []).includes(action)) {
    const message = `${who.name} is not authorized to perform cognito-idp:${action}: declare it in the access of its route`;
    console.error(`[iam] ${message}`);
    throw new AccessDenied(message);
  }
};

const notFound = () => Object.assign(new Error('User does not exist.'), { name: 'UserNotFoundException' });

export const localUserDirectory = (list: LocalUserList, { now = () => new Date().toISOString() } = {}): UserDirectory => {
  const existing = (username: string) =>
    list.find(username) ??
    (() => {
      throw notFound();
    })();
  return {
    list: async () => {
      need('ListUsers');
      need('ListUsersInGroup');
      return list.all();
    },
    find: async (username) => {
      need('AdminGetUser');
      need('AdminListGroupsForUser');
      return list.find(username);
    },
    invite: async (email, groups) => {
      need('AdminCreateUser');
      if (list.all().some((u) => u.email.toLowerCase() === email.toLowerCase())) throw new ColleagueExists();
      if (groups.length) need('AdminAddUserToGroup');
      const username = randomUUID();
      const user: DirectoryUser = {
        username,
        sub: localSub(username),
        email,
        groups: [...groups],
        status: 'invited',
        enabled: true,
        createdAt: now(),
      };
      list.put(user);
      // Cognito sends its invitation as it creates the user; locally the mailbox gets the same words.
      const signInUrl = `${env.publicBaseUrl}/console/sign-in`;
      await sesClient().send(
        new SendEmailCommand({
          FromEmailAddress: sesConfig().fromAddress,
          Destination: { ToAddresses: [email] },
          Content: {
            Simple: {
              Subject: { Data: INVITATION_SUBJECT, Charset: 'UTF-8' },
              Body: { Html: { Data: invitationHtml(signInUrl), Charset: 'UTF-8' }, Text: { Data: invitationText(signInUrl), Charset: 'UTF-8' } },
            },
          },
        }),
      );
      return user;
    },
    addToGroups: async (username, groups) => {
      need('AdminAddUserToGroup');
      const user = existing(username);
      list.put({ ...user, groups: [...new Set([...user.groups, ...groups])] });
    },
    removeFromGroups: async (username, groups) => {
      need('AdminRemoveUserFromGroup');
      const user = existing(username);
      list.put({ ...user, groups: user.groups.filter((g) => !groups.includes(g)) });
    },
    remove: async (username) => {
      need('AdminDeleteUser');
      existing(username);
      list.delete(username);
    },
  };
};
