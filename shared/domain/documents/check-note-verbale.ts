/**
 * After the focal point's upload: inspect the stored object, judge it, and delete it when it fails, so nothing
 * unchecked stays in the bucket. A key of another delegation is neither read nor deleted (it may be theirs).
 */
import { keyBelongsTo, type DocumentOwner } from './note-verbale-key.ts';
import { judgeNoteVerbale, type NoteVerbaleVerdict } from './note-verbale-verdict.ts';
import { PDF_MAGIC_LENGTH } from './note-verbale-rules.ts';
import type { DocumentStore } from './ports.ts';

export const makeCheckNoteVerbale =
  ({ documents }: { documents: DocumentStore }) =>
  async (owner: DocumentOwner, key: string): Promise<NoteVerbaleVerdict> => {
    if (!keyBelongsTo(key, owner)) return judgeNoteVerbale(owner, key, undefined);
    const verdict = judgeNoteVerbale(owner, key, await documents.inspect(key, PDF_MAGIC_LENGTH));
    if (verdict.outcome === 'reject' && verdict.reason !== 'missing') await documents.remove(key);
    return verdict;
  };
