/**
 * What an uploaded note verbale must be: a PDF of at most 10 MB, not empty. The browser's claims (file name,
 * type, size) are checked before an upload is offered, but only what the server observes of the stored object
 * afterwards decides (note-verbale-verdict.ts): a presigned POST can be replayed or, locally, tampered with.
 */
import * as z from 'zod/mini';

export const NOTE_VERBALE_MAX_BYTES = 10 * 1024 * 1024;
export const PDF_CONTENT_TYPE = 'application/pdf';
/** Every PDF starts with this header (ISO 32000-1, 7.5.2); five bytes are enough to tell. */
export const PDF_MAGIC = '%PDF-';
export const PDF_MAGIC_LENGTH = PDF_MAGIC.length;
/** How long a focal point has to send the file once the upload is offered. */
export const NOTE_VERBALE_UPLOAD_SECONDS = 15 * 60;
/** How long a secretariat's download link works: long enough to open it, short enough not to be worth sharing. */
export const NOTE_VERBALE_DOWNLOAD_SECONDS = 5 * 60;

/** The focal point's request for an upload (POST .../note-verbale): refused before any URL is signed. */
export const NoteVerbaleUploadRequest = z.strictObject({
  fileName: z.string().check(z.minLength(5), z.maxLength(200), z.regex(/\.pdf$/i, 'A PDF file (.pdf)')),
  contentType: z.literal(PDF_CONTENT_TYPE),
  size: z.number().check(z.int(), z.positive('The file is empty'), z.lte(NOTE_VERBALE_MAX_BYTES, 'At most 10 MB')),
});
export type NoteVerbaleUploadRequest = z.infer<typeof NoteVerbaleUploadRequest>;

/** True when `bytes` begin with `%PDF-`. */
export const startsLikePdf = (bytes: Uint8Array): boolean =>
  bytes.length >= PDF_MAGIC_LENGTH && [...PDF_MAGIC].every((char, i) => bytes[i] === char.charCodeAt(0));

/** `application/pdf`, whatever its case or parameters (`application/PDF; name=x.pdf`). */
export const isPdfContentType = (contentType: string | undefined): boolean =>
  (contentType ?? '').split(';')[0]!.trim().toLowerCase() === PDF_CONTENT_TYPE;
