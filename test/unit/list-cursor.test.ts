/** The one list-cursor codec: what it issues it reads back; anything else, or its cursor in another scope, is refused. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISO_INSTANT_PATTERN, ULID_PATTERN, keyPattern, listCursor, literal, type ListScope } from '../../shared/adapters/list-cursor.ts';
import { InvalidCursor } from '../../shared/domain/errors.ts';

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const ulid = fc.stringMatching(ULID);
const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const scope = fc.record({
  list: fc.constantFrom('registrations' as const, 'emails' as const, 'inquiries' as const),
  eventId: slug,
  index: fc.constantFrom('table', 'GSI1', 'GSI2'),
  filters: fc.record({ status: fc.option(slug, { nil: undefined }), delegation: fc.option(slug, { nil: undefined }) }),
});

const shapeOf = (s: ListScope) => ({
  PK: `EVENT#${s.eventId}`,
  SK: keyPattern(literal('REG#'), ULID_PATTERN),
  GSI1SK: keyPattern(ISO_INSTANT_PATTERN, '#', ULID_PATTERN),
});
const item = (s: ListScope, id: string) => ({
  PK: `EVENT#${s.eventId}`,
  SK: `REG#${id}`,
  GSI1SK: `2026-07-01T09:00:00.000Z#${id}`,
  type: 'registration',
  name: 'Ana',
});

describe('the list cursor', () => {
  it('reads back exactly the key it issued, and nothing but the key', () => {
    fc.assert(
      fc.property(scope, ulid, (s, id) => {
        const codec = listCursor(s, shapeOf(s));
        const cursor = codec.encode(item(s, id))!;
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(codec.decode(cursor)).toEqual({ PK: `EVENT#${s.eventId}`, SK: `REG#${id}`, GSI1SK: `2026-07-01T09:00:00.000Z#${id}` });
      }),
    );
  });

  it('refuses its cursor in any other scope (event, list, index or filter)', () => {
    fc.assert(
      // Same event (another event's partition is refused by the key shape alone), any other list, index or filter.
      fc.property(scope, scope, ulid, (a, other, id) => {
        const b = { ...other, eventId: a.eventId };
        fc.pre(JSON.stringify(a) !== JSON.stringify(b));
        const cursor = listCursor(a, shapeOf(a)).encode(item(a, id))!;
        expect(() => listCursor(b, shapeOf(b)).decode(cursor)).toThrow(InvalidCursor);
      }),
    );
  });

  it('treats an unset filter as unset, whatever the order filters are named in', () => {
    const a = listCursor({ list: 'inquiries', eventId: 'e', index: 'table', filters: { topic: 'x', contact: undefined } }, { PK: 'EVENT#e' });
    const b = listCursor({ list: 'inquiries', eventId: 'e', index: 'table', filters: { contact: undefined, topic: 'x' } }, { PK: 'EVENT#e' });
    expect(b.decode(a.encode({ PK: 'EVENT#e' })!)).toEqual({ PK: 'EVENT#e' });
  });

  it('refuses any string it did not issue', () => {
    const s: ListScope = { list: 'registrations', eventId: 'sacm-7', index: 'table', filters: {} };
    const codec = listCursor(s, shapeOf(s));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.base64String(),
          fc.json().map((j) => Buffer.from(j).toString('base64url')),
        ),
        (garbage) => {
          expect(() => codec.decode(garbage)).toThrow(InvalidCursor);
        },
      ),
    );
    const good = codec.encode(item(s, '01J0000000000000000000000A'))!;
    for (const bad of [good.slice(0, -1), `${good}=`, `${good}A`, good.slice(2)]) expect(() => codec.decode(bad)).toThrow(InvalidCursor);
  });

  it('answers 400 invalid-cursor naming query.cursor', () => {
    const error = new InvalidCursor();
    expect({ status: error.status, type: error.type, errors: error.errors }).toEqual({
      status: 400,
      type: '/problems/invalid-cursor',
      errors: [{ path: 'query.cursor', message: 'Not a cursor from this list' }],
    });
  });

  it('will not issue a cursor for a key outside its own shape', () => {
    const s: ListScope = { list: 'registrations', eventId: 'sacm-7', index: 'table', filters: {} };
    expect(() => listCursor(s, shapeOf(s)).encode({ PK: 'EVENT#sacm-7', SK: 'REG#x', GSI1SK: 'y' })).toThrow();
  });
});
