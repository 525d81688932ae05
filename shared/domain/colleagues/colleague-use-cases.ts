/**
 * What the secretariat does with colleagues. The two refusals keep the secretariat from locking itself out: an
 * officer can neither remove their own account nor leave the `secretariat` group, so whoever acts keeps the power to
 * undo it (and the last secretariat member is always the one acting).
 */
import { NotFound } from '../errors.ts';
import { CannotLeaveSecretariat, CannotRemoveYourself } from './colleague-errors.ts';
import { GROUPS, type Group } from '../groups.ts';
import { toColleague, type ChangeGroupsBody, type Colleague, type InviteColleagueBody } from './colleague.ts';
import type { UserDirectory } from './user-directory.ts';

/** Who is acting: the `sub` of their token. */
export interface Actor {
  subject: string;
}

const byEmail = (a: Colleague, b: Colleague) => a.email.localeCompare(b.email);

export const makeColleagues = ({ directory }: { directory: UserDirectory }) => {
  const existing = async (username: string) => {
    const user = await directory.find(username);
    if (!user) throw new NotFound(`No colleague ${username}`);
    return user;
  };
  return {
    list: async (): Promise<Colleague[]> => (await directory.list()).map(toColleague).sort(byEmail),

    invite: async ({ email, groups }: InviteColleagueBody): Promise<Colleague> => toColleague(await directory.invite(email, groups)),

    changeGroups: async (actor: Actor, username: string, { groups }: ChangeGroupsBody): Promise<Colleague> => {
      const user = await existing(username);
      if (user.sub === actor.subject && !groups.includes('secretariat')) throw new CannotLeaveSecretariat();
      const add = groups.filter((g) => !user.groups.includes(g));
      const drop = GROUPS.filter((g): g is Group => user.groups.includes(g) && !groups.includes(g));
      // Adding first: a failure halfway leaves the colleague with more access, never with none.
      if (add.length) await directory.addToGroups(username, add);
      if (drop.length) await directory.removeFromGroups(username, drop);
      return toColleague({ ...user, groups: [...groups] });
    },

    remove: async (actor: Actor, username: string): Promise<void> => {
      const user = await existing(username);
      if (user.sub === actor.subject) throw new CannotRemoveYourself();
      await directory.remove(username);
    },
  };
};
