/**
 * The delegation's dossier through the API: the note verbale uploaded by presigned POST to the local S3 stand-in
 * (s3rver, which enforces no POST policy: what refuses a bad file is the server's check on /complete), the
 * submission, the secretariat's download, return and accreditation, and the concurrency test.
 */
import { describe, expect, inject, it } from 'vitest';
import { documentStore } from '../../shared/adapters/s3-document-store.ts';
import { noteVerbaleKey } from '../../shared/domain/documents/note-verbale-key.ts';
import { PDF_MAGIC_LENGTH } from '../../shared/domain/documents/note-verbale-rules.ts';
import { api, tokenFor } from '../support/api.ts';
import { drainStreams, emailsTo, waitForEmails } from '../support/mailbox.ts';
import { partition, registrationBody, registrationEvent, tableState, tokenOf, uniqueEmail } from './registration-helpers.ts';

const { baseUrl, apiUrl } = inject('platform');
const documents = documentStore();

/** A minimal but well-formed one-page PDF. */
const SMALL_PDF = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
);

const focalPoint = async (eventId: string, code: string, language = 'pt') => {
  const email = uniqueEmail('focal');
  const invited = await api(`/admin/events/${eventId}/delegations/${code}/focal-points`, {
    body: { name: `Focal ${code}`, email, language },
    token: await tokenFor('secretariat'),
  });
  expect(invited.status).toBe(201);
  await drainStreams();
  const [invitation] = await waitForEmails(() => emailsTo(email));
  const found = /#token=([A-Za-z0-9_%-]+)/.exec(invitation?.body.text ?? '');
  return { id: invited.json.id as string, email, token: decodeURIComponent(found![1]!) };
};

const nominee = (over: Record<string, unknown> = {}) => {
  const { participant } = registrationBody();
  return { participant: { ...participant, email: uniqueEmail('nominee') }, role: 'delegate', language: 'es', ...over };
};
const nominate = (eventId: string, code: string, token: string, body: unknown) =>
  api(`/events/${eventId}/delegations/${code}/nominations`, { body, token });

const offer = (eventId: string, code: string, token: string, body: Record<string, unknown> = {}) =>
  api(`/events/${eventId}/delegations/${code}/note-verbale`, {
    body: { fileName: 'nota-verbal.pdf', contentType: 'application/pdf', size: SMALL_PDF.length, ...body },
    token,
  });
const complete = (eventId: string, code: string, token: string, documentId: string) =>
  api(`/events/${eventId}/delegations/${code}/note-verbale/${documentId}/complete`, { method: 'POST', token });
const submit = (eventId: string, code: string, token: string) => api(`/events/${eventId}/delegations/${code}/submit`, { method: 'POST', token });
const decideAccreditation = async (eventId: string, code: string, body: unknown) =>
  api(`/admin/events/${eventId}/delegations/${code}/accreditation`, { body, token: await tokenFor('secretariat') });

/** The browser's form POST: the fields (some possibly altered), then the file, last. */
const postForm = async (
  upload: { url: string; fields: Record<string, string> },
  file: Buffer,
  { fileName = 'nota-verbal.pdf', fields = {} }: { fileName?: string; fields?: Record<string, string> } = {},
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...fields })) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const answer = await fetch(upload.url, { method: 'POST', body: form, headers: { origin: baseUrl } });
  expect(answer.status, await answer.text()).toBeLessThan(300);
};

/** Offers an upload, sends `file` and completes it. */
const uploadNoteVerbale = async (eventId: string, code: string, token: string, file = SMALL_PDF, options = {}) => {
  const offered = await offer(eventId, code, token);
  expect(offered.status, offered.text).toBe(200);
  await postForm(offered.json.upload, file, options);
  return { documentId: offered.json.documentId as string, completed: await complete(eventId, code, token, offered.json.documentId) };
};

const isStored = async (key: string) => (await documents.inspect(key, PDF_MAGIC_LENGTH)) !== undefined;

const adminNoteVerbale = async (eventId: string, code: string) =>
  fetch(`${apiUrl}/admin/events/${eventId}/delegations/${code}/note-verbale`, {
    headers: { authorization: `Bearer ${await tokenFor('secretariat')}` },
    redirect: 'manual',
  });

describe('the note verbale', () => {
  it('is offered by presigned POST, checked, attached and replaced; the secretariat downloads it through a short-lived redirect', async () => {
    const { eventId } = await registrationEvent('dossier-nv', { memberStates: 'focal_point' });
    const { token } = await focalPoint(eventId, 'PE');
    expect((await adminNoteVerbale(eventId, 'PE')).status).toBe(404);

    const offered = await offer(eventId, 'PE', token);
    expect(offered.status).toBe(200);
    expect(offered.json.upload.fields.key).toBe(noteVerbaleKey({ eventId, delegation: 'PE', documentId: offered.json.documentId }));
    await postForm(offered.json.upload, SMALL_PDF);
    const completed = await complete(eventId, 'PE', token, offered.json.documentId);
    expect(completed.status, completed.text).toBe(200);
    expect(completed.json.noteVerbale).toEqual({
      documentId: offered.json.documentId,
      fileName: 'nota-verbal.pdf',
      size: SMALL_PDF.length,
      attachedAt: expect.any(String),
    });
    // Completing it again answers the same dossier.
    expect((await complete(eventId, 'PE', token, offered.json.documentId)).json).toEqual(completed.json);
    expect((await api(`/events/${eventId}/delegations/PE`, { token })).json.noteVerbale).toEqual(completed.json.noteVerbale);

    const redirect = await adminNoteVerbale(eventId, 'PE');
    expect(redirect.status).toBe(303);
    const location = redirect.headers.get('location')!;
    expect(new URL(location).searchParams.get('X-Amz-Expires')).toBe('300');
    const download = await fetch(location);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await download.arrayBuffer()).equals(SMALL_PDF)).toBe(true);

    // A second note verbale replaces the first, whose object is deleted.
    const second = await uploadNoteVerbale(eventId, 'PE', token);
    expect(second.completed.json.noteVerbale.documentId).toBe(second.documentId);
    expect(await isStored(noteVerbaleKey({ eventId, delegation: 'PE', documentId: offered.json.documentId }))).toBe(false);
    const list = await api(`/admin/events/${eventId}/delegations`, { token: await tokenFor('secretariat') });
    expect(list.json.items.find((d: { code: string }) => d.code === 'PE').noteVerbale.documentId).toBe(second.documentId);
  });

  it.each([
    ['a non-PDF (a PNG the browser called a PDF)', Buffer.from('\x89PNG\r\n\x1a\n0000IHDR', 'latin1'), {}, 'The file is not a PDF.'],
    ['an empty file', Buffer.alloc(0), {}, 'The file is empty.'],
    ['an 11 MB file', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024 - 9, 0x20)]), {}, 'The file is larger than 10 MB.'],
    [
      'a PDF renamed .exe, sent as application/octet-stream',
      SMALL_PDF,
      { fileName: 'nota.exe', fields: { 'Content-Type': 'application/octet-stream' } },
      'The file is not a PDF.',
    ],
  ] as const)('refuses %s with 422 invalid-document, deletes it and attaches nothing', async (_what, file, options, detail) => {
    const { eventId } = await registrationEvent('dossier-bad', { memberStates: 'focal_point' });
    const { token } = await focalPoint(eventId, 'PE');
    const { documentId, completed } = await uploadNoteVerbale(eventId, 'PE', token, file, options);
    expect(completed.status).toBe(422);
    expect(completed.json).toMatchObject({ type: '/problems/invalid-document', detail });
    expect(await isStored(noteVerbaleKey({ eventId, delegation: 'PE', documentId }))).toBe(false);
    expect((await api(`/events/${eventId}/delegations/PE`, { token })).json.noteVerbale).toBeNull();
  });

  it("never attaches an object uploaded under another delegation's key, nor a document id offered to another delegation", async () => {
    const { eventId } = await registrationEvent('dossier-key', { memberStates: 'focal_point' });
    const peru = await focalPoint(eventId, 'PE');
    const chile = await focalPoint(eventId, 'CL');
    const offered = await offer(eventId, 'PE', peru.token);
    // Peru's focal point rewrites the form's key to Chile's prefix (AWS refuses this; s3rver stores it).
    const chileKey = noteVerbaleKey({ eventId, delegation: 'CL', documentId: offered.json.documentId });
    await postForm(offered.json.upload, SMALL_PDF, { fields: { key: chileKey } });
    expect(await isStored(chileKey)).toBe(true);

    // Chile never offered that id: 404; Peru's own key holds nothing: 422 missing.
    expect((await complete(eventId, 'CL', chile.token, offered.json.documentId)).status).toBe(404);
    const peruAnswer = await complete(eventId, 'PE', peru.token, offered.json.documentId);
    expect(peruAnswer.status).toBe(422);
    expect(peruAnswer.json.detail).toMatch(/No file arrived/);
    // A document id offered to Chile, completed with Peru's token for Peru: 404 (never looked at).
    const chileOffer = await offer(eventId, 'CL', chile.token);
    expect((await complete(eventId, 'PE', peru.token, chileOffer.json.documentId)).status).toBe(404);
    for (const code of ['PE', 'CL'])
      expect((await api(`/events/${eventId}/delegations/${code}`, { token: code === 'PE' ? peru.token : chile.token })).json.noteVerbale).toBeNull();
    await documents.remove(chileKey);
  });

  it("answers 404 to a wrong token, a revoked one or another delegation's, on every focal point route of the dossier", async () => {
    const { eventId } = await registrationEvent('dossier-token', { memberStates: 'focal_point' });
    const peru = await focalPoint(eventId, 'PE');
    const chile = await focalPoint(eventId, 'CL');
    const offered = await offer(eventId, 'PE', peru.token);
    for (const token of ['not-a-token', chile.token]) {
      expect((await offer(eventId, 'PE', token)).status).toBe(404);
      expect((await complete(eventId, 'PE', token, offered.json.documentId)).status).toBe(404);
      expect((await submit(eventId, 'PE', token)).status).toBe(404);
    }
    await api(`/admin/events/${eventId}/delegations/PE/focal-points/${peru.id}`, { method: 'DELETE', token: await tokenFor('secretariat') });
    expect((await offer(eventId, 'PE', peru.token)).status).toBe(404);
  });
});

describe('submission, return and accreditation', () => {
  it('submits (note verbale and a nominee needed), closes the list, is returned with a reason, resubmitted and accredited: every nominee confirmed with their .ics', async () => {
    const { eventId } = await registrationEvent('dossier-flow', { memberStates: 'focal_point' });
    const fp = await focalPoint(eventId, 'PE');
    const notReady = await submit(eventId, 'PE', fp.token);
    expect(notReady.status).toBe(409);
    expect(notReady.json).toMatchObject({ type: '/problems/not-ready-to-submit' });
    expect(notReady.json.detail).toMatch(/note verbale.*nominee/);

    const bodies = [nominee({ role: 'head_of_delegation' }), nominee(), nominee({ language: 'pt' })];
    const ids: string[] = [];
    for (const body of bodies) ids.push((await nominate(eventId, 'PE', fp.token, body)).json.id);
    const attached = (await uploadNoteVerbale(eventId, 'PE', fp.token)).completed;
    expect(attached.status).toBe(200);
    expect((await decideAccreditation(eventId, 'PE', { decision: 'accredit' })).json).toMatchObject({ type: '/problems/not-submitted' });

    const submitted = await submit(eventId, 'PE', fp.token);
    expect(submitted.status).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted', submittedAt: expect.any(String), submittedBy: 'Focal PE', decidedBy: null });
    await drainStreams();
    const secretariatEmails = await waitForEmails(async () =>
      (await emailsTo('registrations@example.org')).filter((e) => e.subject.includes('Delegación de Perú enviada')),
    );
    expect(secretariatEmails.length).toBeGreaterThanOrEqual(1);

    // Closed: no nomination, withdrawal, new note verbale or second submission.
    expect((await nominate(eventId, 'PE', fp.token, nominee())).json).toMatchObject({ type: '/problems/delegation-submitted' });
    const withdrawn = await api(`/events/${eventId}/delegations/PE/nominations/${ids[1]}`, { method: 'DELETE', token: fp.token });
    expect(withdrawn.json).toMatchObject({ type: '/problems/delegation-submitted' });
    expect((await offer(eventId, 'PE', fp.token)).status).toBe(409);
    expect((await submit(eventId, 'PE', fp.token)).status).toBe(409);
    expect((await api(`/events/${eventId}/delegations/PE`, { token: fp.token })).json.status).toBe('submitted');

    expect((await decideAccreditation(eventId, 'PE', { decision: 'return' })).status).toBe(400);
    const returned = await decideAccreditation(eventId, 'PE', { decision: 'return', reason: 'A nota verbal não nomeia o terceiro delegado.' });
    expect(returned.status).toBe(200);
    expect(returned.json).toMatchObject({ status: 'returned', returnReason: 'A nota verbal não nomeia o terceiro delegado.', confirmed: 0 });
    await drainStreams();
    const [returnEmail] = await waitForEmails(async () => (await emailsTo(fp.email)).filter((e) => e.subject.includes('devolvida')));
    expect(returnEmail!.body.text).toContain('A nota verbal não nomeia o terceiro delegado.');
    expect(returnEmail!.body.text).toMatch(/#token=/);
    const seen = await api(`/events/${eventId}/delegations/PE`, { token: fp.token });
    expect(seen.json).toMatchObject({ status: 'returned', returnReason: 'A nota verbal não nomeia o terceiro delegado.' });

    // Returned: the focal point withdraws one and submits again; the secretariat accredits.
    expect((await api(`/events/${eventId}/delegations/PE/nominations/${ids[1]}`, { method: 'DELETE', token: fp.token })).status).toBe(200);
    expect((await submit(eventId, 'PE', fp.token)).status).toBe(200);
    const accredited = await decideAccreditation(eventId, 'PE', { decision: 'accredit' });
    expect(accredited.status).toBe(200);
    expect(accredited.json).toMatchObject({ status: 'accredited', confirmed: 2, returnReason: null, submittedBy: 'Focal PE' });

    // Who did it: each step's history entry, written with the dossier, carries its actor (and the return its reason).
    const officer = { kind: 'secretariat', name: accredited.json.decidedBy, sub: expect.any(String) };
    const focal = { kind: 'focal_point', name: 'Focal PE', focalPointId: fp.id };
    const steps = (await partition(eventId)).filter((i) => String(i.SK).startsWith('DELEG#PE#HIST#') && i.action !== 'focal-point-invited');
    expect(steps.map(({ action, actor, reason, documentId, focalPointId }) => ({ action, actor, reason, documentId, focalPointId }))).toEqual([
      { action: 'note-verbale-attached', actor: focal, reason: undefined, documentId: attached.json.noteVerbale.documentId, focalPointId: fp.id },
      { action: 'submitted', actor: focal, reason: undefined, documentId: undefined, focalPointId: fp.id },
      { action: 'returned', actor: officer, reason: 'A nota verbal não nomeia o terceiro delegado.', documentId: undefined, focalPointId: undefined },
      { action: 'submitted', actor: focal, reason: undefined, documentId: undefined, focalPointId: fp.id },
      { action: 'accredited', actor: officer, reason: undefined, documentId: undefined, focalPointId: undefined },
    ]);
    expect(typeof officer.name).toBe('string');

    const state = await tableState(eventId);
    const byId = new Map(state.registrations.map((r) => [String(r.id), r]));
    expect([ids[0], ids[2]].map((id) => byId.get(id!)?.status)).toEqual(['confirmed', 'confirmed']);
    expect(byId.get(ids[1]!)?.status).toBe('cancelled');
    expect(state.quotas).toEqual({ PE: 2 });
    expect(state.seats).toBe(2);
    await drainStreams();
    for (const body of [bodies[0]!, bodies[2]!]) {
      const confirmations = await waitForEmails(async () =>
        (await emailsTo(body.participant.email)).filter((e) => e.attachments.some((a) => a.contentType === 'text/calendar')),
      );
      expect(confirmations).toHaveLength(1);
    }
    const list = await api(`/admin/events/${eventId}/delegations`, { token: await tokenFor('secretariat') });
    expect(list.json.items.find((d: { code: string }) => d.code === 'PE')).toMatchObject({
      status: 'accredited',
      submittedBy: 'Focal PE',
      decidedBy: officer.name,
      decidedAt: accredited.json.decidedAt,
    });
    expect((await nominate(eventId, 'PE', fp.token, nominee())).status).toBe(409);
    // Accrediting again confirms nobody twice.
    expect((await decideAccreditation(eventId, 'PE', { decision: 'accredit' })).json).toMatchObject({ status: 'accredited', confirmed: 0 });
  });

  it('refuses a list without a head of delegation where the event requires one, and takes it once a head is nominated', async () => {
    const { eventId } = await registrationEvent('dossier-head', { memberStates: 'focal_point', headOfDelegationRequired: true });
    const fp = await focalPoint(eventId, 'PE');
    expect((await nominate(eventId, 'PE', fp.token, nominee())).status).toBe(201);
    expect((await uploadNoteVerbale(eventId, 'PE', fp.token)).completed.status).toBe(200);
    expect((await api(`/events/${eventId}/delegations/PE`, { token: fp.token })).json).toMatchObject({
      headOfDelegationRequired: true,
      headNamed: false,
    });

    const notReady = await submit(eventId, 'PE', fp.token);
    expect(notReady.status).toBe(409);
    expect(notReady.json).toMatchObject({ type: '/problems/not-ready-to-submit', detail: 'Still missing: a head of delegation.' });

    expect((await nominate(eventId, 'PE', fp.token, nominee({ role: 'head_of_delegation' }))).status).toBe(201);
    const submitted = await submit(eventId, 'PE', fp.token);
    expect(submitted.status, submitted.text).toBe(200);
    expect(submitted.json).toMatchObject({ status: 'submitted' });
  });
});

describe('accreditation racing nominations and a cancellation', () => {
  it('3 focal points nominating 30 people at once into a quota of 8 while the secretariat accredits and a nominee cancels: never more than the quota, never two heads, counters equal a recount', async () => {
    const { eventId } = await registrationEvent('dossier-race', {
      memberStates: 'focal_point',
      quotas: { member_state: 8, observer: 2 },
      clientLimitPerHour: 10_000,
    });
    const focalPoints = await Promise.all([focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE'), focalPoint(eventId, 'PE')]);
    const token = (i: number) => focalPoints[i % 3]!.token;
    const early = [nominee({ role: 'head_of_delegation' }), nominee(), nominee()];
    const earlyIds: string[] = [];
    for (const body of early) earlyIds.push((await nominate(eventId, 'PE', token(0), body)).json.id);
    expect((await uploadNoteVerbale(eventId, 'PE', token(1))).completed.status).toBe(200);
    await drainStreams();
    const [nominationEmail] = await waitForEmails(() => emailsTo(early[2]!.participant.email));
    const cancellerToken = tokenOf(/https?:\/\/\S+\/manage\/\S+#token=\S+/.exec(nominationEmail!.body.text ?? '')![0]);

    const [accreditation, cancellation, ...answers] = await Promise.all([
      (async () => {
        expect((await submit(eventId, 'PE', token(2))).status).toBe(200);
        return decideAccreditation(eventId, 'PE', { decision: 'accredit' });
      })(),
      api(`/events/${eventId}/registrations/${earlyIds[2]}/cancel`, { method: 'POST', token: cancellerToken }),
      ...Array.from({ length: 30 }, (_, i) => nominate(eventId, 'PE', token(i), nominee({ role: i % 5 === 0 ? 'head_of_delegation' : 'delegate' }))),
    ]);
    expect(accreditation!.status, accreditation!.text).toBe(200);
    expect(cancellation!.status).toBe(200);
    expect(
      answers.every((a) => a.status === 201 || a.status === 409),
      JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 409).map((a) => a.json)),
    ).toBe(true);

    const state = await tableState(eventId);
    const holding = state.registrations.filter((r) => ['nominated', 'pending_approval', 'confirmed'].includes(String(r.status)));
    const created = answers.filter((a) => a.status === 201).length;
    expect(holding).toHaveLength(2 + created);
    expect(holding.length).toBeLessThanOrEqual(8);
    expect(holding.filter((r) => r.role === 'head_of_delegation')).toHaveLength(1);
    expect(state.headClaims).toHaveLength(1);
    expect(state.quotas).toEqual({ PE: holding.length });
    expect(state.seats).toBe(holding.length);
    expect(state.emailClaims).toHaveLength(holding.length);
    expect(state.registrations.find((r) => r.id === earlyIds[2])?.status).toBe('cancelled');
    // Everyone the accreditation confirmed holds their place, confirmed once, except the nominee who cancelled if their
    // cancellation came after their confirmation (a confirmed delegate may cancel).
    const confirmed = holding.filter((r) => r.status === 'confirmed');
    const confirmedThenCancelled = state.history.some((h) => h.registrationId === earlyIds[2] && h.action === 'approved') ? 1 : 0;
    expect(confirmed.length).toBe(accreditation!.json.confirmed - confirmedThenCancelled);
    for (const r of confirmed) expect(state.history.filter((h) => h.registrationId === r.id && h.action === 'approved')).toHaveLength(1);
    expect(confirmed.map((r) => r.id)).toContain(earlyIds[0]);
  });
});
