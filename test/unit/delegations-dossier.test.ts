/**
 * The dossier's use cases over small fakes: uploads only of this delegation, conditioned writes, submission and decision
 * rules, and who made each step (history written with the dossier, only when the write succeeds).
 */
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../shared/domain/clock.ts';
import type { DelegationDossier } from '../../shared/domain/delegations/dossier.ts';
import { makeDossiers, type DossierStore } from '../../shared/domain/delegations/dossier-use-cases.ts';
import type { DelegationHistoryEntry, FocalPoint } from '../../shared/domain/delegations/focal-point.ts';
import { noteVerbaleKey } from '../../shared/domain/documents/note-verbale-key.ts';
import type { DocumentStore, StoredObject } from '../../shared/domain/documents/ports.ts';
import type { OutboxEntry } from '../../shared/domain/notifications/outbox.ts';
import { InvalidTransition } from '../../shared/domain/registration/problems.ts';
import type { Registration } from '../../shared/domain/registration/registration.ts';
import { NOW, storedEvent } from './registration-fixtures.ts';

const PDF: StoredObject = { size: 2048, contentType: 'application/pdf', firstBytes: new TextEncoder().encode('%PDF-') };

const setup = ({ nominees = [] as Partial<Registration>[], raceOnce = false, headOfDelegationRequired = false } = {}) => {
  const event = storedEvent({ headOfDelegationRequired });
  const dossiers = new Map<string, DelegationDossier>();
  const outbox: OutboxEntry[] = [];
  const history: DelegationHistoryEntry[] = [];
  let conflicts = raceOnce ? 1 : 0;
  const store: DossierStore = {
    get: async (_e, code) => dossiers.get(code),
    list: async () => [...dossiers.values()],
    save: async (next, entries = [], step) => {
      if (conflicts > 0) {
        conflicts--;
        return false;
      }
      if ((dossiers.get(next.delegation)?.version ?? 0) !== next.version - 1) return false;
      dossiers.set(next.delegation, next);
      outbox.push(...entries);
      if (step) history.push(step);
      return true;
    },
  };
  const objects = new Map<string, StoredObject>();
  const removed: string[] = [];
  const documents: DocumentStore = {
    presignUpload: async (key) => ({ url: 'https://bucket.example', fields: { key } }),
    inspect: async (key) => objects.get(key),
    remove: async (key) => {
      removed.push(key);
      objects.delete(key);
    },
    presignDownload: async (key) => `https://bucket.example/${key}?X-Amz-Expires=300`,
  };
  const accredited: string[] = [];
  let n = 0;
  const useCases = makeDossiers({
    events: { get: async (id) => (id === event.id ? event : undefined) },
    dossiers: store,
    documents,
    registrations: {
      all: async (_e, statuses) =>
        nominees
          .map(
            (r, i) =>
              ({
                id: `R${i}`,
                delegation: 'PE',
                status: 'nominated',
                role: 'delegate',
                nominatedBy: { focalPointId: 'F', name: 'F' },
                ...r,
              }) as Registration,
          )
          .filter((r) => statuses.includes(r.status)),
    },
    focalPoints: { listForDelegation: async () => [] },
    changeStatus: async (_e, id) => {
      if (id === 'R1') throw new InvalidTransition('cancelled', 'accredited');
      accredited.push(id);
      return {} as Registration;
    },
    clock: manualClock(NOW),
    ids: { id: () => `01J${String(++n).padStart(23, '0')}`, checkInCode: () => 'AAAA-BBBB' },
    retry: { attempts: 3, baseMs: 0, capMs: 0, sleep: async () => undefined },
  });
  const keyOf = (documentId: string, delegation = 'PE') => noteVerbaleKey({ eventId: event.id, delegation, documentId });
  return { event, useCases, dossiers, outbox, history, objects, removed, accredited, keyOf };
};

const focalPoint = { id: 'F', name: 'Rosa Quispe' } as FocalPoint;
const officer = { kind: 'secretariat' as const, name: 'officer@example.org' };

describe('the note verbale', () => {
  it('records each offered id for this delegation, and attaches only an offered id whose object passes the check', async () => {
    const { event, useCases, dossiers, objects, keyOf } = setup({ raceOnce: true });
    const { documentId, upload } = await useCases.offerUpload(event.id, 'PE', { fileName: 'nota.pdf', contentType: 'application/pdf', size: 2048 });
    expect(upload.fields.key).toBe(keyOf(documentId));
    expect(dossiers.get('PE')?.issuedUploads.map((u) => u.documentId)).toEqual([documentId]);

    await expect(useCases.complete(event.id, 'PE', '01J99999999999999999999999', focalPoint)).rejects.toMatchObject({ status: 404 });
    await expect(useCases.complete(event.id, 'CL', documentId, focalPoint)).rejects.toMatchObject({ status: 404 });
    await expect(useCases.complete(event.id, 'PE', documentId, focalPoint)).rejects.toMatchObject({
      type: '/problems/invalid-document',
      reason: 'missing',
    });

    objects.set(keyOf(documentId), PDF);
    const view = await useCases.complete(event.id, 'PE', documentId, focalPoint);
    expect(view.noteVerbale).toEqual({ documentId, fileName: 'nota.pdf', size: 2048, attachedAt: NOW.toISOString() });
    expect(dossiers.get('PE')?.issuedUploads).toEqual([]);
  });

  it('deletes a failing object and the note verbale a new one replaces', async () => {
    const { event, useCases, objects, removed, keyOf } = setup();
    const first = await useCases.offerUpload(event.id, 'PE', { fileName: 'a.pdf', contentType: 'application/pdf', size: 2048 });
    objects.set(keyOf(first.documentId), { ...PDF, contentType: 'application/octet-stream' });
    await expect(useCases.complete(event.id, 'PE', first.documentId, focalPoint)).rejects.toMatchObject({ reason: 'not-pdf' });
    expect(removed).toEqual([keyOf(first.documentId)]);

    const second = await useCases.offerUpload(event.id, 'PE', { fileName: 'b.pdf', contentType: 'application/pdf', size: 2048 });
    objects.set(keyOf(second.documentId), PDF);
    await useCases.complete(event.id, 'PE', second.documentId, focalPoint);
    const third = await useCases.offerUpload(event.id, 'PE', { fileName: 'c.pdf', contentType: 'application/pdf', size: 2048 });
    objects.set(keyOf(third.documentId), PDF);
    expect((await useCases.complete(event.id, 'PE', third.documentId, focalPoint)).noteVerbale?.fileName).toBe('c.pdf');
    expect(removed).toEqual([keyOf(first.documentId), keyOf(second.documentId)]);
    expect(await useCases.downloadUrl(event.id, 'PE')).toContain(keyOf(third.documentId));
  });
});

describe('submission and decision', () => {
  it('submits only with a note verbale and a nominee, emails the secretariat, then accredits the nominees still nominated', async () => {
    const { event, useCases, objects, outbox, accredited, keyOf } = setup({
      nominees: [{}, { status: 'nominated' }, { status: 'confirmed' }, { status: 'cancelled' }],
    });
    await expect(useCases.submit(event.id, 'PE', focalPoint)).rejects.toMatchObject({ type: '/problems/not-ready-to-submit' });
    const { documentId } = await useCases.offerUpload(event.id, 'PE', { fileName: 'nota.pdf', contentType: 'application/pdf', size: 2048 });
    objects.set(keyOf(documentId), PDF);
    await useCases.complete(event.id, 'PE', documentId, focalPoint);
    await expect(useCases.decide(event.id, 'PE', { decision: 'accredit' }, officer)).rejects.toMatchObject({ type: '/problems/not-submitted' });

    expect((await useCases.submit(event.id, 'PE', focalPoint)).status).toBe('submitted');
    expect(outbox.map((e) => [e.kind, e.to.email, e.data])).toEqual([
      ['delegation-submitted', event.secretariatEmail, { delegation: 'PE', focalPointName: 'Rosa Quispe', nominees: 3, headNamed: false }],
    ]);
    await expect(useCases.submit(event.id, 'PE', focalPoint)).rejects.toMatchObject({ type: '/problems/delegation-submitted' });
    await expect(useCases.offerUpload(event.id, 'PE', { fileName: 'x.pdf', contentType: 'application/pdf', size: 1 })).rejects.toMatchObject({
      type: '/problems/delegation-submitted',
    });

    // R1 moved meanwhile (the fake refuses it): skipped, the others confirmed.
    const outcome = await useCases.decide(event.id, 'PE', { decision: 'accredit' }, officer);
    expect(outcome).toMatchObject({ status: 'accredited', confirmed: 1 });
    expect(accredited).toEqual(['R0']);
  });

  it('refuses a list without an active head of delegation where the event requires one, and names it among what is missing', async () => {
    const nominees: Partial<Registration>[] = [{}, { role: 'head_of_delegation', status: 'cancelled' }];
    const { event, useCases, objects, outbox, keyOf } = setup({ nominees, headOfDelegationRequired: true });
    await expect(useCases.submit(event.id, 'PE', focalPoint)).rejects.toMatchObject({
      type: '/problems/not-ready-to-submit',
      message: 'Still missing: a note verbale, a head of delegation.',
    });
    const { documentId } = await useCases.offerUpload(event.id, 'PE', { fileName: 'nota.pdf', contentType: 'application/pdf', size: 2048 });
    objects.set(keyOf(documentId), PDF);
    await useCases.complete(event.id, 'PE', documentId, focalPoint);
    await expect(useCases.submit(event.id, 'PE', focalPoint)).rejects.toMatchObject({ message: 'Still missing: a head of delegation.' });
    expect(outbox).toEqual([]);

    nominees.push({ role: 'head_of_delegation', status: 'pending_approval' });
    expect((await useCases.submit(event.id, 'PE', focalPoint)).status).toBe('submitted');
    expect(outbox.map((e) => e.data)).toEqual([{ delegation: 'PE', focalPointName: 'Rosa Quispe', nominees: 2, headNamed: true }]);
  });
});

describe('who did it', () => {
  it('records each step with its actor in the write that makes it: attached, submitted, returned with the reason, accredited', async () => {
    const { event, useCases, dossiers, objects, history, keyOf } = setup({ nominees: [{}], raceOnce: true });
    const { documentId } = await useCases.offerUpload(event.id, 'PE', { fileName: 'nota.pdf', contentType: 'application/pdf', size: 2048 });
    expect(history).toEqual([]); // an offer is no step
    objects.set(keyOf(documentId), PDF);
    await useCases.complete(event.id, 'PE', documentId, focalPoint);
    await useCases.complete(event.id, 'PE', documentId, focalPoint); // a replay attaches nothing again
    const submitted = await useCases.submit(event.id, 'PE', focalPoint);
    expect(submitted).toMatchObject({ submittedBy: 'Rosa Quispe', decidedBy: null });
    const returned = await useCases.decide(event.id, 'PE', { decision: 'return', reason: 'Sign the note verbale' }, officer);
    expect(returned).toMatchObject({ status: 'returned', decidedBy: 'officer@example.org', returnReason: 'Sign the note verbale' });
    await useCases.submit(event.id, 'PE', { id: 'G', name: 'Ana Mamani' } as FocalPoint);
    const accredited = await useCases.decide(event.id, 'PE', { decision: 'accredit' }, { ...officer, sub: 'sub-1' });
    expect(accredited).toMatchObject({ submittedBy: 'Ana Mamani', decidedBy: 'officer@example.org' });
    await useCases.decide(event.id, 'PE', { decision: 'accredit' }, officer); // a rerun confirms stragglers, records no step

    const rosa = { kind: 'focal_point', name: 'Rosa Quispe', focalPointId: 'F' };
    expect(history.map(({ action, actor, focalPointId, documentId: doc, reason }) => ({ action, actor, focalPointId, doc, reason }))).toEqual([
      { action: 'note-verbale-attached', actor: rosa, focalPointId: 'F', doc: documentId, reason: undefined },
      { action: 'submitted', actor: rosa, focalPointId: 'F', doc: undefined, reason: undefined },
      { action: 'returned', actor: officer, focalPointId: undefined, doc: undefined, reason: 'Sign the note verbale' },
      {
        action: 'submitted',
        actor: { kind: 'focal_point', name: 'Ana Mamani', focalPointId: 'G' },
        focalPointId: 'G',
        doc: undefined,
        reason: undefined,
      },
      { action: 'accredited', actor: { ...officer, sub: 'sub-1' }, focalPointId: undefined, doc: undefined, reason: undefined },
    ]);
    expect(history.every((h) => h.eventId === event.id && h.delegation === 'PE' && h.at === NOW.toISOString())).toBe(true);
    expect(new Set(history.map((h) => h.id)).size).toBe(history.length);
    expect(dossiers.get('PE')).toMatchObject({ status: 'accredited', submittedBy: 'Ana Mamani', decidedBy: 'officer@example.org' });
  });
});
