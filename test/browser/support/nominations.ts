/** A focal point invited and a nominee nominated through the API, with the links each found in their mailbox. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Language } from '../../../shared/domain/primitives.ts';
import { api, tokenFor } from '../../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../../support/mailbox.ts';

let n = 0;
const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${++n}@example.org`;

/** Nominates a delegate of `code` in `language`; returns the focal point's token and the manage link of the nominee's email. */
export const nominateSomeone = async (eventId: string, { code = 'PE', language = 'en' as Language } = {}) => {
  const focalEmail = uniqueEmail('focal');
  const invited = await api(`/admin/events/${eventId}/delegations/${code}/focal-points`, {
    body: { name: `Focal ${code}`, email: focalEmail, language },
    token: await tokenFor('secretariat'),
  });
  expect(invited.status).toBe(201);
  await drainStreams();
  const [invitation] = await waitForEmails(() => emailsTo(focalEmail));
  const focalToken = decodeURIComponent(/#token=([A-Za-z0-9_%-]+)/.exec(invitation?.body.text ?? '')![1]!);
  const email = uniqueEmail('nominee');
  const nominated = await api(`/events/${eventId}/delegations/${code}/nominations`, {
    body: {
      participant: { givenName: 'Rosa', familyName: 'Quispe', email, position: 'Counsellor', institution: 'Foreign Affairs' },
      role: 'delegate',
      language,
    },
    token: focalToken,
  });
  expect(nominated.status).toBe(201);
  await drainStreams();
  const [nomination] = await waitForEmails(() => emailsTo(email));
  const manageUrl = /https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(nomination?.body.text ?? '')![0];
  return { focalToken, id: nominated.json.id as string, email, manageUrl, subject: nomination!.subject };
};

/** Fills the delegation page's nominate form (in Portuguese) for one person and sends it, as the focal point would. */
export const nominateOnPage = async (page: Page, p: { role: string; givenName: string; familyName: string; email: string; position: string }) => {
  await page.getByRole('radio', { name: p.role }).check();
  await page.locator('#f-participant-givenName').fill(p.givenName);
  await page.locator('#f-participant-familyName').fill(p.familyName);
  await page.locator('#f-participant-email').fill(p.email);
  await page.locator('#f-participant-position').fill(p.position);
  await page.locator('#f-participant-institution').selectOption('Foreign Affairs');
  await page.getByRole('button', { name: 'Indicar', exact: true }).click();
};
