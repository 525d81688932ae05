/**
 * The verdict on an uploaded note verbale, from what the server itself observed of the stored object. This,
 * not the POST policy, is what protects: the policy's conditions are S3's to enforce, and the local stand-in
 * (s3rver) enforces none of them, nor signatures.
 */
import { keyBelongsTo, type DocumentOwner } from './note-verbale-key.ts';
import { NOTE_VERBALE_MAX_BYTES, isPdfContentType, startsLikePdf } from './note-verbale-rules.ts';
import type { StoredObject } from './ports.ts';

export const REJECTION_REASONS = ['wrong-key', 'missing', 'empty', 'too-large', 'not-pdf'] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export type NoteVerbaleVerdict = { outcome: 'accept' } | { outcome: 'reject'; reason: RejectionReason };

/**
 * Checks in the order a focal point can act on: a key that is not this delegation's is refused before
 * anything is read; then the object must exist, hold bytes, fit the limit, be stored as `application/pdf`
 * and begin with `%PDF-` (a PDF renamed `.exe` and sent as `application/octet-stream` is not one).
 */
export const judgeNoteVerbale = (owner: DocumentOwner, key: string, observed: StoredObject | undefined): NoteVerbaleVerdict => {
  const reject = (reason: RejectionReason): NoteVerbaleVerdict => ({ outcome: 'reject', reason });
  if (!keyBelongsTo(key, owner)) return reject('wrong-key');
  if (!observed) return reject('missing');
  if (observed.size === 0) return reject('empty');
  if (observed.size > NOTE_VERBALE_MAX_BYTES) return reject('too-large');
  if (!isPdfContentType(observed.contentType) || !startsLikePdf(observed.firstBytes)) return reject('not-pdf');
  return { outcome: 'accept' };
};
