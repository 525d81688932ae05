/**
 * The secretariat manages its colleagues on the local platform, where the local sign-in's user list stands in for
 * Cognito: an invitation lands in the local mailbox, the colleague can sign in with their groups, and nobody can
 * lock the secretariat out by removing themselves or leaving the secretariat group.
 */
import { randomUUID } from 'node:crypto';
import { inject, describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { emailsTo, waitForEmails } from '../support/mailbox.ts';

const newEmail = () => `colleague-${randomUUID().slice(0, 8)}@example.org`;

const asSecretariat = async (path: string, options: Parameters<typeof api>[1] = {}) =>
  api(path, { ...options, token: await tokenFor('secretariat') });

const localSignIn = async (user: string) => {
  const response = await fetch(`${inject('platform').baseUrl}/local/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user }),
  });
  return { status: response.status, json: (await response.json()) as { token: string; groups: string[] } };
};

const localUsers = async () =>
  ((await (await fetch(`${inject('platform').baseUrl}/local/users`)).json()) as { items: { username: string; email: string; groups: string[] }[] })
    .items;

describe('colleagues', () => {
  it('invites a colleague, who is listed, gets the invitation email, signs in, changes groups and is removed', async () => {
    const email = newEmail();
    const invited = await asSecretariat('/admin/users', { body: { email, groups: ['press'] } });
    expect(invited.status).toBe(201);
    expect(invited.json).toMatchObject({ email, groups: ['press'], status: 'invited', enabled: true });
    const { username } = invited.json as { username: string };
    expect(invited.headers.get('location')).toBe(`/api/admin/users/${username}`);

    const listed = await asSecretariat('/admin/users');
    expect(listed.status).toBe(200);
    expect(listed.json.items).toContainEqual(expect.objectContaining({ username, email, groups: ['press'] }));
    // The sample users are in the list too, so `npm start` offers them as before.
    expect(listed.json.items).toContainEqual(expect.objectContaining({ username: 'secretariat', groups: ['secretariat'] }));

    const [invitation] = await waitForEmails(() => emailsTo(email));
    expect(invitation?.subject).toContain('Plenary');
    expect(invitation?.body.text).toContain('/console/sign-in');

    // The local sign-in page offers them, and their token carries their groups: press routes yes, secretariat routes no.
    expect(await localUsers()).toContainEqual(expect.objectContaining({ username, email, groups: ['press'] }));
    const signedIn = await localSignIn(username);
    expect(signedIn.status).toBe(200);
    expect(signedIn.json.groups).toEqual(['press']);
    expect((await api('/admin/events/sacm-7/inquiries', { token: signedIn.json.token })).status).toBe(200);
    expect((await api('/admin/users', { token: signedIn.json.token })).status).toBe(403);
    expect((await asSecretariat('/admin/users')).json.items.find((u: { username: string }) => u.username === username).status).toBe('active');

    const regrouped = await asSecretariat(`/admin/users/${username}/groups`, { method: 'PUT', body: { groups: ['checkin', 'secretariat'] } });
    expect(regrouped.status).toBe(200);
    expect(regrouped.json.groups).toEqual(['secretariat', 'checkin']);
    expect((await localSignIn(username)).json.groups.sort()).toEqual(['checkin', 'secretariat']);

    expect((await asSecretariat(`/admin/users/${username}`, { method: 'DELETE' })).status).toBe(204);
    expect((await asSecretariat('/admin/users')).json.items.map((u: { username: string }) => u.username)).not.toContain(username);
    expect((await localSignIn(username)).status).toBe(400);
  });

  it('an invitation retried with the same Idempotency-Key invites once; a second invitation of the same email is a 409', async () => {
    const email = newEmail();
    const headers = { 'Idempotency-Key': randomUUID() };
    const first = await asSecretariat('/admin/users', { body: { email, groups: ['checkin'] }, headers });
    const again = await asSecretariat('/admin/users', { body: { email, groups: ['checkin'] }, headers });
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.json.username).toBe(first.json.username);
    expect(await emailsTo(email)).toHaveLength(1);

    const taken = await asSecretariat('/admin/users', { body: { email: email.toUpperCase(), groups: ['press'] } });
    expect(taken.status).toBe(409);
    expect(taken.json.type).toBe('/problems/user-exists');
  });

  it('only the secretariat manages colleagues: a press officer gets 403, no token 401', async () => {
    const press = await tokenFor('press');
    expect((await api('/admin/users', { token: press })).status).toBe(403);
    expect((await api('/admin/users', { token: press, body: { email: newEmail(), groups: ['press'] } })).status).toBe(403);
    expect((await api('/admin/users/secretariat/groups', { token: press, method: 'PUT', body: { groups: ['press'] } })).status).toBe(403);
    expect((await api('/admin/users/press', { token: press, method: 'DELETE' })).status).toBe(403);
    expect((await api('/admin/users')).status).toBe(401);
  });

  it('an officer can neither remove their own account nor leave the secretariat group', async () => {
    const removeSelf = await asSecretariat('/admin/users/secretariat', { method: 'DELETE' });
    expect(removeSelf.status).toBe(409);
    expect(removeSelf.json.type).toBe('/problems/cannot-remove-yourself');
    const leave = await asSecretariat('/admin/users/secretariat/groups', { method: 'PUT', body: { groups: ['press'] } });
    expect(leave.status).toBe(409);
    expect(leave.json.type).toBe('/problems/cannot-leave-secretariat');
    // Adding a group to oneself is fine, as long as secretariat stays.
    const more = await asSecretariat('/admin/users/secretariat/groups', { method: 'PUT', body: { groups: ['secretariat', 'checkin'] } });
    expect(more.status).toBe(200);
    expect((await asSecretariat('/admin/users/secretariat/groups', { method: 'PUT', body: { groups: ['secretariat'] } })).status).toBe(200);
  });

  it('bad input is a 400 naming each bad field', async () => {
    const paths = async (answer: Promise<{ status: number; json: { errors?: { path: string }[] } }>) => {
      const { status, json } = await answer;
      expect(status).toBe(400);
      return (json.errors ?? []).map((e) => e.path).sort();
    };
    expect(await paths(asSecretariat('/admin/users', { body: { email: 'nope', groups: [] } }))).toEqual(['email', 'groups']);
    expect(await paths(asSecretariat('/admin/users', { body: { email: newEmail(), groups: ['admin'] } }))).toEqual(['groups.0']);
    expect(await paths(asSecretariat('/admin/users', { body: { email: newEmail(), groups: ['press', 'press'] } }))).toEqual(['groups']);
    expect(await paths(asSecretariat('/admin/users', { body: { email: newEmail(), groups: ['press'], role: 'x' } }))).toEqual(['role']);
    expect(await paths(asSecretariat('/admin/users/press/groups', { method: 'PUT', body: {} }))).toEqual(['groups']);
    expect(await paths(asSecretariat('/admin/users/no%20spaces/groups', { method: 'PUT', body: { groups: ['press'] } }))).toEqual(['username']);
    expect((await asSecretariat('/admin/users/nobody-here', { method: 'DELETE' })).status).toBe(404);
  });
});
