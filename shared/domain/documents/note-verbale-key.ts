/**
 * Where a note verbale is stored: `notes-verbales/<eventId>/<delegationCode>/<documentId>.pdf`. The key names
 * its owner, so a key read back is attached only to the delegation it names (an object placed under another
 * delegation's key is never taken for this one's), and IAM grants can stop at the prefix.
 */
import { DelegationCode, Slug, Ulid } from '../primitives.ts';

export const NOTES_VERBALES_PREFIX = 'notes-verbales/';

/** The delegation a note verbale belongs to. */
export interface DocumentOwner {
  eventId: string;
  delegation: string;
}

export interface NoteVerbaleKeyParts extends DocumentOwner {
  documentId: string;
}

const KEY_PATTERN = /^notes-verbales\/([^/]+)\/([^/]+)\/([^/]+)\.pdf$/;

export const noteVerbaleKey = ({ eventId, delegation, documentId }: NoteVerbaleKeyParts): string => {
  // Each part is a checked identifier: no `/`, `..` or other character that could move the key elsewhere.
  if (!Slug.safeParse(eventId).success || !DelegationCode.safeParse(delegation).success || !Ulid.safeParse(documentId).success) {
    throw new Error('noteVerbaleKey: an event id, a delegation code and a document id (ULID) are required');
  }
  return `${NOTES_VERBALES_PREFIX}${eventId}/${delegation}/${documentId}.pdf`;
};

/** The parts of a note verbale key, or undefined for any other key (wrong prefix, shape or identifiers). */
export const parseNoteVerbaleKey = (key: string): NoteVerbaleKeyParts | undefined => {
  const match = KEY_PATTERN.exec(key);
  if (!match) return undefined;
  const [, eventId, delegation, documentId] = match as unknown as [string, string, string, string];
  if (!Slug.safeParse(eventId).success || !DelegationCode.safeParse(delegation).success || !Ulid.safeParse(documentId).success) return undefined;
  return { eventId, delegation, documentId };
};

/** True only for a well-formed note verbale key of exactly this event and delegation. */
export const keyBelongsTo = (key: string, owner: DocumentOwner): boolean => {
  const parts = parseNoteVerbaleKey(key);
  return parts !== undefined && parts.eventId === owner.eventId && parts.delegation === owner.delegation;
};
