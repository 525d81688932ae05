/**
 * Opaque list cursors: the DynamoDB key to start after, base64url-encoded. A cursor is checked against the
 * query it is used with (same event, same list), so a crafted one gets a 400, never another event's data or a 500.
 */
import { ValidationFailed } from '../domain/errors.ts';

export type Key = Record<string, string>;

export const encodeCursor = (key: Key | undefined): string | null =>
  key ? Buffer.from(JSON.stringify(key), 'utf8').toString('base64url') : null;

const badCursor = () => new ValidationFailed([{ path: 'query.cursor', message: 'Not a cursor from this list' }]);

/** Decodes a cursor whose key must have exactly `expected`'s names, with the fixed values it gives. */
export const decodeCursor = (cursor: string | undefined, expected: Record<string, string | ((v: string) => boolean)>): Key | undefined => {
  if (cursor === undefined) return undefined;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (typeof key !== 'object' || key === null || Array.isArray(key)) throw badCursor();
  const entries = Object.entries(key as Record<string, unknown>);
  if (entries.length !== Object.keys(expected).length) throw badCursor();
  for (const [name, value] of entries) {
    const rule = expected[name];
    if (rule === undefined || typeof value !== 'string' || value.length > 512) throw badCursor();
    if (typeof rule === 'string' ? value !== rule : !rule(value)) throw badCursor();
  }
  return key as Key;
};
