import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeCheckNoteVerbale } from '../../shared/domain/documents/check-note-verbale.ts';
import { keyBelongsTo, noteVerbaleKey, parseNoteVerbaleKey } from '../../shared/domain/documents/note-verbale-key.ts';
import { NOTE_VERBALE_MAX_BYTES, NoteVerbaleUploadRequest } from '../../shared/domain/documents/note-verbale-rules.ts';
import { judgeNoteVerbale } from '../../shared/domain/documents/note-verbale-verdict.ts';
import type { DocumentStore, StoredObject } from '../../shared/domain/documents/ports.ts';
import { InvalidDocument } from '../../shared/domain/documents/problems.ts';

const PE = { eventId: 'sacm-8', delegation: 'PE' };
const DOC = '01JDQ5V0Z8X3M4N5P6Q7R8S9T0';
const key = noteVerbaleKey({ ...PE, documentId: DOC });
const bytes = (text: string) => new TextEncoder().encode(text);
const pdf = (over: Partial<StoredObject> = {}): StoredObject => ({ size: 1234, contentType: 'application/pdf', firstBytes: bytes('%PDF-'), ...over });

describe('the key of a note verbale', () => {
  it('binds the document to its event and delegation', () => {
    expect(key).toBe(`notes-verbales/sacm-8/PE/${DOC}.pdf`);
    expect(parseNoteVerbaleKey(key)).toEqual({ ...PE, documentId: DOC });
    expect(keyBelongsTo(key, PE)).toBe(true);
    expect(keyBelongsTo(key, { eventId: 'sacm-8', delegation: 'AR' })).toBe(false);
    expect(keyBelongsTo(key, { eventId: 'sacm-7', delegation: 'PE' })).toBe(false);
  });

  it('cannot be built from parts that would move it elsewhere', () => {
    for (const parts of [
      { ...PE, delegation: '../AR' },
      { ...PE, eventId: 'sacm-8/PE' },
      { ...PE, documentId: 'x/../../AR/y' },
      { ...PE, documentId: '' },
    ]) {
      expect(() => noteVerbaleKey({ documentId: DOC, ...parts }), JSON.stringify(parts)).toThrow();
    }
  });

  it('is refused when it is anything but a well-formed note verbale key', () => {
    for (const other of [
      `notes-verbales/sacm-8/PE/${DOC}.exe`,
      `notes-verbales/sacm-8/PE/${DOC}.pdf/x`,
      `other/sacm-8/PE/${DOC}.pdf`,
      `notes-verbales/sacm-8/PE/sub/${DOC}.pdf`,
      `notes-verbales/sacm-8/PE/not-a-ulid.pdf`,
      `/notes-verbales/sacm-8/PE/${DOC}.pdf`,
    ]) {
      expect(parseNoteVerbaleKey(other), other).toBeUndefined();
      expect(keyBelongsTo(other, PE), other).toBe(false);
    }
  });

  it('of one delegation never belongs to another (property)', () => {
    const code = fc.oneof(fc.stringMatching(/^[A-Z]{2}$/), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,10}[a-z0-9]$/));
    const event = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}[a-z0-9]$/);
    const ulid = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    fc.assert(
      fc.property(event, code, event, code, ulid, (eventId, delegation, otherEvent, otherDelegation, documentId) => {
        const built = noteVerbaleKey({ eventId, delegation, documentId });
        expect(parseNoteVerbaleKey(built)).toEqual({ eventId, delegation, documentId });
        const same = otherEvent === eventId && otherDelegation === delegation;
        expect(keyBelongsTo(built, { eventId: otherEvent, delegation: otherDelegation })).toBe(same);
      }),
    );
  });
});

describe('the verdict on an uploaded note verbale', () => {
  it('accepts a PDF within the limit, stored as application/pdf', () => {
    expect(judgeNoteVerbale(PE, key, pdf())).toEqual({ outcome: 'accept' });
    expect(judgeNoteVerbale(PE, key, pdf({ size: NOTE_VERBALE_MAX_BYTES }))).toEqual({ outcome: 'accept' });
    expect(judgeNoteVerbale(PE, key, pdf({ contentType: 'Application/PDF; name=nota.pdf' }))).toEqual({ outcome: 'accept' });
  });

  it.each([
    ['missing', undefined],
    ['empty', pdf({ size: 0, firstBytes: new Uint8Array() })],
    ['too-large', pdf({ size: NOTE_VERBALE_MAX_BYTES + 1 })],
    ['not-pdf', pdf({ firstBytes: bytes('PK\u0003\u0004x') })],
    ['not-pdf', pdf({ contentType: 'application/octet-stream' })],
    ['not-pdf', pdf({ contentType: undefined })],
    ['not-pdf', pdf({ firstBytes: bytes('%PD') })],
  ] as const)('rejects it as %s', (reason, observed) => {
    expect(judgeNoteVerbale(PE, key, observed)).toEqual({ outcome: 'reject', reason });
  });

  it("rejects another delegation's key whatever the object holds", () => {
    const theirs = noteVerbaleKey({ eventId: 'sacm-8', delegation: 'AR', documentId: DOC });
    expect(judgeNoteVerbale(PE, theirs, pdf())).toEqual({ outcome: 'reject', reason: 'wrong-key' });
  });

  it('accepts exactly the objects that pass every rule (property)', () => {
    const observed = fc.record({
      size: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 2 * NOTE_VERBALE_MAX_BYTES })),
      contentType: fc.constantFrom('application/pdf', 'application/octet-stream', 'text/plain', undefined),
      firstBytes: fc.oneof(fc.uint8Array({ maxLength: 5 }), fc.constant(bytes('%PDF-'))),
    });
    fc.assert(
      fc.property(observed, (object) => {
        const verdict = judgeNoteVerbale(PE, key, object);
        const isPdf = object.contentType === 'application/pdf' && new TextDecoder().decode(object.firstBytes) === '%PDF-';
        const fits = object.size > 0 && object.size <= NOTE_VERBALE_MAX_BYTES;
        expect(verdict.outcome === 'accept').toBe(isPdf && fits);
      }),
    );
  });
});

describe('checking an uploaded note verbale', () => {
  const storeHolding = (objects: Record<string, StoredObject>) => {
    const removed: string[] = [];
    const inspected: string[] = [];
    const documents: DocumentStore = {
      presignUpload: () => Promise.reject(new Error('not used')),
      presignDownload: () => Promise.reject(new Error('not used')),
      inspect: (k) => {
        inspected.push(k);
        return Promise.resolve(objects[k]);
      },
      remove: (k) => {
        removed.push(k);
        return Promise.resolve();
      },
    };
    return { documents, removed, inspected };
  };

  it('keeps a good PDF', async () => {
    const store = storeHolding({ [key]: pdf() });
    expect(await makeCheckNoteVerbale(store)(PE, key)).toEqual({ outcome: 'accept' });
    expect(store.removed).toEqual([]);
  });

  it('deletes a failing object', async () => {
    const store = storeHolding({ [key]: pdf({ contentType: 'application/octet-stream' }) });
    expect(await makeCheckNoteVerbale(store)(PE, key)).toEqual({ outcome: 'reject', reason: 'not-pdf' });
    expect(store.removed).toEqual([key]);
  });

  it("neither reads nor deletes another delegation's object", async () => {
    const theirs = noteVerbaleKey({ eventId: 'sacm-8', delegation: 'AR', documentId: DOC });
    const store = storeHolding({ [theirs]: pdf() });
    expect(await makeCheckNoteVerbale(store)(PE, theirs)).toEqual({ outcome: 'reject', reason: 'wrong-key' });
    expect(store.inspected).toEqual([]);
    expect(store.removed).toEqual([]);
  });

  it('answers a rejection as a 422 invalid-document problem naming the file', () => {
    const problem = new InvalidDocument('too-large');
    expect(problem).toMatchObject({ type: '/problems/invalid-document', status: 422, reason: 'too-large' });
    expect(problem.errors).toEqual([{ path: 'file', message: 'The file is larger than 10 MB.' }]);
  });
});

describe('the request for an upload', () => {
  it('takes a PDF of at most 10 MB and refuses anything else before signing', () => {
    expect(NoteVerbaleUploadRequest.safeParse({ fileName: 'Nota verbal.PDF', contentType: 'application/pdf', size: 1000 }).success).toBe(true);
    for (const bad of [
      { fileName: 'nota.exe', contentType: 'application/pdf', size: 1000 },
      { fileName: 'nota.pdf', contentType: 'application/octet-stream', size: 1000 },
      { fileName: 'nota.pdf', contentType: 'application/pdf', size: 0 },
      { fileName: 'nota.pdf', contentType: 'application/pdf', size: NOTE_VERBALE_MAX_BYTES + 1 },
      { fileName: 'nota.pdf', contentType: 'application/pdf', size: 1000, extra: true },
    ]) {
      expect(NoteVerbaleUploadRequest.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
