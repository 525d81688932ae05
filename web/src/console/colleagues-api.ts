/** The colleague routes (secretariat only): list, invite, change groups, remove. */
import type { ChangeGroupsBody, InviteColleagueBody } from '../../../shared/domain/colleagues/colleague.ts';
import { requestJson, send } from '../api/http-client.ts';
import type { Colleague, ColleagueList } from '../api/responses.ts';

const user = (username: string) => `/admin/users/${encodeURIComponent(username)}`;

export const listColleagues = (token: string) => requestJson<ColleagueList>('/admin/users', { token });

export const inviteColleague = (token: string, body: InviteColleagueBody, idempotencyKey: string) =>
  requestJson<Colleague>('/admin/users', { method: 'POST', token, body, idempotencyKey });

export const changeColleagueGroups = (token: string, username: string, body: ChangeGroupsBody) =>
  requestJson<Colleague>(`${user(username)}/groups`, { method: 'PUT', token, body });

export const removeColleague = async (token: string, username: string): Promise<void> => {
  await send(user(username), { method: 'DELETE', token });
};
