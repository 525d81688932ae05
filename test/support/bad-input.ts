/**
 * The vocabulary of the generated bad-input tests (fast-check): a body is a valid one with one field changed,
 * deleted or added, and the answer must name that field.
 */
import fc from 'fast-check';

/** As a mutation's value: remove the field. */
export const DELETE = Symbol('delete');

/** `at`: where to change the body; `path`: the field the answer must name (`(body)` for the whole body). */
export type Mutation = { at: string[]; path: string; value: unknown };

/** Anything but a string, for fields that take one. */
export const nonString = fc.oneof(
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 1 }),
);

/** Line breaks, header injections and control characters that no single-line field may hold. */
export const LINE_BREAKERS = [
  '\r\n',
  '\n',
  '\r',
  '\r\nBcc: victim@example.net',
  '\nSubject: free money',
  '\u0000',
  '\u0007',
  '\u001b',
  '\u0085',
  '\u007f',
];
/** Control characters that even a multi-line field (a message) refuses. */
export const CONTROL_CHARS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085'];

/** `valid` with an injection placed strictly inside it (at the ends, trimming would quietly remove it). */
export const injected = (valid: string, injections: string[]) =>
  fc
    .tuple(fc.constantFrom(...injections), fc.integer({ min: 1, max: valid.length - 1 }))
    .map(([inject, at]) => valid.slice(0, at) + inject + valid.slice(at));

export const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 100 }).map((n) => 'x'.repeat(n));

/** Everything a required single-line text field must refuse. */
export const badRequiredLine = (valid: string, max: number) =>
  fc.oneof(fc.constantFrom('', '   ', DELETE), tooLong(max), injected(valid, LINE_BREAKERS), nonString);

export const field = (path: string, values: fc.Arbitrary<unknown>): fc.Arbitrary<Mutation> =>
  values.map((value) => ({ at: path.split('.'), path, value }));

export const unknownKey = (known: string[]) => fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !known.includes(k) && k !== '__proto__');

export const notOneOf = (allowed: string[]) => fc.string({ maxLength: 20 }).filter((s) => !allowed.includes(s));

/** The valid body with the mutation applied (a copy); `(body)` replaces the whole body. */
export const applyMutation = (body: Record<string, unknown>, { at, path, value }: Mutation): unknown => {
  if (path === '(body)') return value;
  const copy = structuredClone(body);
  let target: Record<string, unknown> = copy;
  for (const key of at.slice(0, -1)) {
    // The parent is not an object: the parent itself is then the bad field.
    if (typeof target[key] !== 'object' || target[key] === null || Array.isArray(target[key])) return copy;
    target = target[key] as Record<string, unknown>;
  }
  const last = at[at.length - 1]!;
  if (value === DELETE) delete target[last];
  else target[last] = value;
  return copy;
};

/** Bidi controls and zero-width characters (shared/domain/invisible-chars.ts strips them from every free-text field). */
export const INVISIBLES = [
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\uFEFF',
  '\u061C',
  '\u2060',
];

/** `valid` (Latin text) with one to five invisible characters anywhere in it, ends included. */
export const withInvisibles = (valid: string) =>
  fc
    .array(fc.tuple(fc.constantFrom(...INVISIBLES), fc.integer({ min: 0, max: valid.length })), { minLength: 1, maxLength: 5 })
    .map((insertions) => insertions.sort(([, a], [, b]) => b - a).reduce((s, [char, at]) => s.slice(0, at) + char + s.slice(at), valid));
