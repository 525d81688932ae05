/**
 * The one cursor codec of every paginated list (registrations, emails, inquiries); docs/data-model.md, "List cursors".
 *
 * A cursor is base64url(JSON `{ "s": <scope tag>, "k": [<key values>] }`):
 * - `s` binds it to its list: a hash of (list name, event id, index, every filter that shapes the result). A cursor
 *   used with another event, index or filter carries another tag and is refused.
 * - `k` is the DynamoDB key to start after, as the values of the list's key shape in a fixed order. Decoding checks
 *   each value strictly against that shape: the exact partition the list's query reads (this event's `EVENT#<id>`,
 *   this status's GSI partition) or the full pattern of the list's sort keys (`REG#<ulid>`, `<iso>#<ulid>`).
 * Anything else (garbage, truncated, non-canonical base64, altered JSON, the old raw-key cursors) is a 400
 * `/problems/invalid-cursor`, never a 500 from DynamoDB refusing the key and never silently the first page.
 *
 * Why no HMAC: the tag is a checksum of the scope, not a secret, so anyone can forge a cursor that passes. That is
 * sound because what such a cursor can do is already bounded by the shape check: every key it yields lies inside
 * the very partition the query reads, in the sort-key form of that list's items, so the worst a forger gets is to
 * start the same list (which the caller may read in full anyway) at a position of their choosing. No other event's,
 * index's or item kind's data is reachable, and DynamoDB never sees a key it would reject. A signing secret would
 * add a secret to provision and rotate in every list function, and would invalidate open cursors at each rotation,
 * to protect nothing more.
 */
import { createHash } from 'node:crypto';
import { InvalidCursor } from '../domain/errors.ts';

/** A key attribute: the exact value the list's query fixes, or a pattern (anchored with ^ and $) its whole value matches. */
export type KeyRule = string | RegExp;

/** What a cursor is bound to. Filters left undefined are "not filtered" and bind as such. */
export interface ListScope {
  list: 'registrations' | 'emails' | 'inquiries' | 'roster';
  eventId: string;
  /** The table (`table`) or the GSI the query reads. */
  index: string;
  filters: Record<string, string | undefined>;
}

export type StartKey = Record<string, string>;

export interface ListCursor {
  /** The cursor that resumes after `item` (an item the list returned, or a LastEvaluatedKey); null when there is none. */
  encode(item: Record<string, unknown> | undefined): string | null;
  /** The key to start after, or undefined without a cursor; throws InvalidCursor for anything this list did not issue. */
  decode(cursor: string | undefined): StartKey | undefined;
}

/** Bumped if the format changes, so old cursors are refused rather than misread. */
const FORMAT = 1;
/** Generous for the longest key (four attributes of at most a few hundred characters each). */
const MAX_CURSOR_LENGTH = 2048;
const MAX_VALUE_LENGTH = 512;
const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** Patterns for the sort keys of the lists' items. */
export const ULID_PATTERN = '[0-9A-HJKMNP-TV-Z]{26}';
/** An ISO 8601 instant as `toISOString` writes it (the time part of time-ordered index keys). */
export const ISO_INSTANT_PATTERN = '[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]{1,9})?(?:Z|[+-][0-9]{2}:[0-9]{2})';

const scopeTag = ({ list, eventId, index, filters }: ListScope): string => {
  const bound = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return createHash('sha256')
    .update(JSON.stringify([FORMAT, list, eventId, index, bound]))
    .digest('base64url')
    .slice(0, 22);
};

const fits = (rule: KeyRule, value: unknown): value is string =>
  typeof value === 'string' && value.length <= MAX_VALUE_LENGTH && (typeof rule === 'string' ? value === rule : rule.test(value));

export const listCursor = (scope: ListScope, shape: Record<string, KeyRule>): ListCursor => {
  const names = Object.keys(shape);
  const tag = scopeTag(scope);

  return {
    encode(item) {
      if (!item) return null;
      const values = names.map((name) => item[name]);
      // Our own key not fitting our own shape is a bug: fail loudly here rather than refuse the next page later.
      if (!values.every((v, i) => fits(shape[names[i]!]!, v))) throw new Error(`${scope.list}: a key outside the list's cursor shape`);
      return Buffer.from(JSON.stringify({ s: tag, k: values }), 'utf8').toString('base64url');
    },

    decode(cursor) {
      if (cursor === undefined) return undefined;
      if (cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw new InvalidCursor();
      const bytes = Buffer.from(cursor, 'base64url');
      // Node's decoder skips what it cannot read; only the exact encoding of what we issued is accepted.
      if (bytes.toString('base64url') !== cursor) throw new InvalidCursor();
      let parsed: unknown;
      try {
        parsed = JSON.parse(bytes.toString('utf8'));
      } catch {
        throw new InvalidCursor();
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new InvalidCursor();
      const { s, k, ...rest } = parsed as Record<string, unknown>;
      if (Object.keys(rest).length > 0 || s !== tag || !Array.isArray(k) || k.length !== names.length) throw new InvalidCursor();
      if (!k.every((v, i) => fits(shape[names[i]!]!, v))) throw new InvalidCursor();
      return Object.fromEntries(names.map((name, i) => [name, k[i] as string]));
    },
  };
};

/** `^prefix<pattern>$` as a RegExp, for sort keys such as `REG#<ulid>`. */
export const keyPattern = (...parts: string[]): RegExp => new RegExp(`^${parts.join('')}$`);
/** Escapes text (a key prefix) for use inside `keyPattern`. */
export const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
