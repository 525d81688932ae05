/**
 * A nominee completes their details with their own manage link: their consent (which nobody gave for them), needs and
 * language, in one PATCH, while `nominated`; the focal point then sees `consentGiven`. Anyone who registered themselves
 * gave consent on the form, so `consent` in their PATCH stays refused; bad input is a 400 naming each field.
 */
import { describe, expect, it } from 'vitest';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { register, registrationBody, registrationEvent, tokenOf, uniqueEmail } from './registration-helpers.ts';

const patchOwn = (eventId: string, id: string, token: string, body: unknown) =>
  api(`/events/${eventId}/registrations/${id}`, { method: 'PATCH', body, token });

/** A nominee of Peru: the focal point's token and the nominee's manage token, from the emails each received. */
const aNominee = async (prefix: string) => {
  const { eventId } = await registrationEvent(prefix, { memberStates: 'focal_point' });
  const focalEmail = uniqueEmail('focal');
  const invited = await api(`/admin/events/${eventId}/delegations/PE/focal-points`, {
    body: { name: 'Focal PE', email: focalEmail, language: 'es' },
    token: await tokenFor('secretariat'),
  });
  expect(invited.status).toBe(201);
  await drainStreams();
  const [invitation] = await waitForEmails(() => emailsTo(focalEmail));
  const focalToken = decodeURIComponent(/#token=([A-Za-z0-9_%-]+)/.exec(invitation!.body.text ?? '')![1]!);
  const { participant } = registrationBody();
  const email = uniqueEmail('nominee');
  const nominated = await api(`/events/${eventId}/delegations/PE/nominations`, {
    body: { participant: { ...participant, email }, role: 'delegate', language: 'es' },
    token: focalToken,
  });
  expect(nominated.status).toBe(201);
  await drainStreams();
  const [nomination] = await waitForEmails(() => emailsTo(email));
  const manageUrl = /https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(nomination!.body.text ?? '')![0];
  return { eventId, id: nominated.json.id as string, token: tokenOf(manageUrl), focalToken };
};

describe("a nominee's consent and details", () => {
  it('the nominee gives consent, needs and language through PATCH with their manage token; the focal point sees it', async () => {
    const { eventId, id, token, focalToken } = await aNominee('consent-give');
    const answer = await patchOwn(eventId, id, token, {
      consent: { dataProcessing: true, listInParticipants: false },
      needs: { dietary: 'vegan', accessibility: 'Step-free access' },
      language: 'pt',
    });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({
      id,
      status: 'nominated',
      consent: { dataProcessing: true, listInParticipants: false },
      needs: { dietary: 'vegan', accessibility: 'Step-free access' },
      language: 'pt',
    });

    const seen = await api(`/events/${eventId}/delegations/PE`, { token: focalToken });
    expect(seen.json.members).toEqual([expect.objectContaining({ id, status: 'nominated', consentGiven: true })]);

    const history = await api(`/admin/events/${eventId}/registrations/${id}`, { token: await tokenFor('secretariat') });
    expect(history.json.history.at(-1)).toMatchObject({
      by: { kind: 'delegate' },
      action: 'updated',
      fields: expect.arrayContaining(['consent.dataProcessing', 'needs.dietary', 'language']),
    });
  });

  it('bad input is a 400 naming each field, and changes nothing', async () => {
    const { eventId, id, token } = await aNominee('consent-bad');
    const answer = await patchOwn(eventId, id, token, {
      consent: { dataProcessing: false, listInParticipants: 'yes' },
      language: 'fr',
      status: 'confirmed',
    });
    expect(answer.status).toBe(400);
    expect(answer.json.type).toBe('/problems/validation-failed');
    const paths = (answer.json.errors as { path: string }[]).map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['consent.dataProcessing', 'consent.listInParticipants', 'language']));
    const own = await api(`/events/${eventId}/registrations/${id}`, { token });
    expect(own.json).toMatchObject({ status: 'nominated', consent: { dataProcessing: false }, language: 'es' });
  });

  it('anyone who registered themselves gave consent on the form: consent in their PATCH is still refused, naming it', async () => {
    const { eventId } = await registrationEvent('consent-self');
    const registered = await register(eventId, registrationBody());
    expect(registered.status).toBe(201);
    const token = tokenOf(registered.json.manageUrl);
    const answer = await patchOwn(eventId, registered.json.id, token, { consent: { dataProcessing: true, listInParticipants: false } });
    expect(answer.status).toBe(400);
    expect(answer.json.errors).toEqual([expect.objectContaining({ path: 'consent' })]);
    const own = await api(`/events/${eventId}/registrations/${registered.json.id}`, { token });
    expect(own.json.consent).toEqual({ dataProcessing: true, listInParticipants: true });
  });

  it("the public event gives the secretariat's address only when a kind is nominated, so the site can say whom to ask", async () => {
    const { eventId: nominated } = await registrationEvent('contact-nominated', { memberStates: 'focal_point' });
    const { eventId: self } = await registrationEvent('contact-self');
    expect((await api(`/events/${nominated}`)).json.registration).toMatchObject({
      memberStates: 'focal_point',
      observers: 'self',
      contactEmail: 'registrations@example.org',
    });
    expect((await api(`/events/${self}`)).json.registration).toMatchObject({ memberStates: 'self', contactEmail: null });
  });
});
