/**
 * The note verbale's store against the local S3 stand-in (s3rver), through the real SDK: presigned POST uploads
 * as a browser sends them, then the server's own check. s3rver enforces none of the POST policy's conditions
 * (size range, content type, exact key) and no signature, so every bad upload below lands in the bucket: what
 * refuses it, and deletes it, is the check. In AWS, S3 would already refuse most of them at the POST.
 */
import { describe, expect, inject, it } from 'vitest';
import { uniqueEventId } from '../support/api.ts';
import { runAs } from '../../local/dynamodb-permissions.ts';
import { enforceDeclaredS3Access } from '../../local/s3-permissions.ts';
import { documentStore } from '../../shared/adapters/s3-document-store.ts';
import { makeCheckNoteVerbale } from '../../shared/domain/documents/check-note-verbale.ts';
import { noteVerbaleKey } from '../../shared/domain/documents/note-verbale-key.ts';
import {
  NOTE_VERBALE_DOWNLOAD_SECONDS,
  NOTE_VERBALE_MAX_BYTES,
  NOTE_VERBALE_UPLOAD_SECONDS,
  PDF_CONTENT_TYPE,
  PDF_MAGIC_LENGTH,
} from '../../shared/domain/documents/note-verbale-rules.ts';
import type { PresignedUpload } from '../../shared/domain/documents/ports.ts';
import { systemIds } from '../../shared/domain/ids.ts';

const { baseUrl, s3Endpoint } = inject('platform');
const documents = documentStore();
const check = makeCheckNoteVerbale({ documents });
const ids = systemIds();

/** A minimal but well-formed one-page PDF, written by hand (no PDF library in the project). */
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

const ownerOf = (delegation: string) => ({ eventId: uniqueEventId('docs'), delegation });

/** An upload offered to this delegation, as the note-verbale route will offer it. */
const offerUpload = async (owner: { eventId: string; delegation: string }) => {
  const key = noteVerbaleKey({ ...owner, documentId: ids.id() });
  const upload = await documents.presignUpload(key, {
    maxBytes: NOTE_VERBALE_MAX_BYTES,
    contentType: PDF_CONTENT_TYPE,
    expiresInSeconds: NOTE_VERBALE_UPLOAD_SECONDS,
  });
  return { key, upload };
};

/** The browser's form POST from the site: the fields (some possibly altered), then the file, last. */
const post = async (
  upload: PresignedUpload,
  file: Buffer,
  { fileName = 'nota-verbal.pdf', fields = {} }: { fileName?: string; fields?: Record<string, string> } = {},
) => {
  const form = new FormData();
  for (const [name, value] of Object.entries({ ...upload.fields, ...fields })) form.append(name, value);
  form.append('file', new Blob([new Uint8Array(file)]), fileName);
  const answer = await fetch(upload.url, { method: 'POST', body: form, headers: { origin: baseUrl } });
  expect(answer.status, await answer.text()).toBeLessThan(300);
  return answer;
};

const isStored = async (key: string) => (await documents.inspect(key, PDF_MAGIC_LENGTH)) !== undefined;

describe('the note verbale store (local S3 stand-in, real SDK)', () => {
  it('takes a real PDF by presigned POST, accepts it, and serves its bytes through a short-lived presigned GET', async () => {
    const owner = ownerOf('PE');
    const { key, upload } = await offerUpload(owner);
    expect(upload.url.startsWith(s3Endpoint)).toBe(true);
    expect(upload.fields).toMatchObject({ key, 'Content-Type': PDF_CONTENT_TYPE });
    await post(upload, SMALL_PDF);

    expect(await documents.inspect(key, PDF_MAGIC_LENGTH)).toEqual({
      size: SMALL_PDF.length,
      contentType: PDF_CONTENT_TYPE,
      firstBytes: expect.any(Uint8Array),
    });
    expect(await check(owner, key)).toEqual({ outcome: 'accept' });

    const url = await documents.presignDownload(key, NOTE_VERBALE_DOWNLOAD_SECONDS);
    expect(new URL(url).searchParams.get('X-Amz-Expires')).toBe(String(NOTE_VERBALE_DOWNLOAD_SECONDS));
    const download = await fetch(url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe(PDF_CONTENT_TYPE);
    expect(Buffer.from(await download.arrayBuffer()).equals(SMALL_PDF)).toBe(true);
  });

  it.each([
    ['a non-PDF (a PNG the browser called a PDF)', 'not-pdf', Buffer.from('\x89PNG\r\n\x1a\n0000IHDR', 'latin1'), {}],
    ['an empty file', 'empty', Buffer.alloc(0), {}],
    ['an 11 MB file', 'too-large', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024 - 9, 0x20)]), {}],
    [
      'a PDF renamed .exe, sent as application/octet-stream',
      'not-pdf',
      SMALL_PDF,
      { fileName: 'nota.exe', fields: { 'Content-Type': 'application/octet-stream' } },
    ],
  ] as const)('refuses %s as %s and deletes it', async (_what, reason, file, options) => {
    const owner = ownerOf('PE');
    const { key, upload } = await offerUpload(owner);
    await post(upload, file, options);
    expect(await isStored(key), 's3rver stored it: no POST policy condition is enforced locally').toBe(true);

    expect(await check(owner, key)).toEqual({ outcome: 'reject', reason });
    expect(await isStored(key), 'the object is gone').toBe(false);
  });

  it("never attaches an object uploaded under another delegation's key", async () => {
    const peru = ownerOf('PE');
    const argentina = { ...peru, delegation: 'AR' };
    const { key: peruKey, upload } = await offerUpload(peru);
    // Peru's focal point rewrites the form's key (AWS refuses this: the policy names the exact key; s3rver does not).
    const argentinaKey = noteVerbaleKey({ ...argentina, documentId: ids.id() });
    await post(upload, SMALL_PDF, { fields: { key: argentinaKey } });
    expect(await isStored(argentinaKey)).toBe(true);

    // Checked for Peru, Argentina's key is refused without being read or deleted (it might be Argentina's own file).
    expect(await check(peru, argentinaKey)).toEqual({ outcome: 'reject', reason: 'wrong-key' });
    expect(await isStored(argentinaKey)).toBe(true);
    // And Peru's own key holds nothing.
    expect(await check(peru, peruKey)).toEqual({ outcome: 'reject', reason: 'missing' });
    await documents.remove(argentinaKey);
  });

  it("lets the site's pages, and no other origin, POST to the bucket (CORS)", async () => {
    const { upload } = await offerUpload(ownerOf('PE'));
    const preflight = (origin: string) =>
      fetch(upload.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const ours = await preflight(baseUrl);
    expect(ours.status).toBe(200);
    expect(ours.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect((await preflight('https://attacker.example')).status).toBe(403);
  });

  it('refuses, as IAM would, an S3 call a function did not declare (the local platform checks every invocation)', async () => {
    enforceDeclaredS3Access(() => undefined);
    const owner = ownerOf('PE');
    const { key, upload } = await offerUpload(owner);
    await post(upload, SMALL_PDF);
    const checker = { name: 'delegations/complete-note-verbale', access: { s3: ['GetObject', 'DeleteObject'] as const } };
    expect(await runAs(checker, () => check(owner, key))).toEqual({ outcome: 'accept' });
    await expect(runAs({ name: 'registration/register', access: { dynamodb: ['PutItem'] } }, () => check(owner, key))).rejects.toThrow(
      /registration\/register is not authorized to perform s3:GetObject/,
    );
    await expect(runAs(checker, () => documents.inspect('elsewhere/x.pdf', PDF_MAGIC_LENGTH))).rejects.toThrow(/not authorized/);
  });
});
