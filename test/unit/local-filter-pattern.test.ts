import { describe, expect, it } from 'vitest';
import { matchesAnyFilter, matchesFilter } from '../../local/filter-pattern.ts';

/** A stream record as Lambda sees it (images in AttributeValue form). */
const record = (newImage: Record<string, unknown>, eventName = 'INSERT') => ({
  eventName,
  eventSource: 'aws:dynamodb',
  dynamodb: { Keys: { PK: { S: 'OUTBOX#1' }, SK: { S: 'OUTBOX' } }, NewImage: newImage, SequenceNumber: '100' },
});

const outboxInsert = { eventName: ['INSERT'], dynamodb: { NewImage: { type: { S: ['outbox'] } } } };

describe('the Lambda event filter, as the local stream reader applies it', () => {
  it('passes a record whose nested values equal the pattern', () => {
    expect(matchesFilter(outboxInsert, record({ type: { S: 'outbox' }, status: { S: 'pending' } }))).toBe(true);
  });

  it('drops a record with another value, another event name, or the attribute missing', () => {
    expect(matchesFilter(outboxInsert, record({ type: { S: 'registration' } }))).toBe(false);
    expect(matchesFilter(outboxInsert, record({ type: { S: 'outbox' } }, 'MODIFY'))).toBe(false);
    expect(matchesFilter(outboxInsert, record({ status: { S: 'pending' } }))).toBe(false);
  });

  it('treats an array as alternatives', () => {
    const pattern = { eventName: ['INSERT', 'MODIFY'] };
    expect(matchesFilter(pattern, record({}, 'MODIFY'))).toBe(true);
    expect(matchesFilter(pattern, record({}, 'REMOVE'))).toBe(false);
  });

  it('compares exactly: types and case matter', () => {
    expect(matchesFilter({ dynamodb: { NewImage: { attempts: { N: [1] } } } }, record({ attempts: { N: '1' } }))).toBe(false);
    expect(matchesFilter({ dynamodb: { NewImage: { type: { S: ['Outbox'] } } } }, record({ type: { S: 'outbox' } }))).toBe(false);
  });

  it('supports exists, prefix, anything-but and numeric', () => {
    const image = record({ type: { S: 'outbox' }, kind: { S: 'registration_received' }, attempts: { N: '2' } });
    expect(matchesFilter({ dynamodb: { NewImage: { type: [{ exists: true }] } } }, image)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { sentAt: [{ exists: false }] } } }, image)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { type: [{ exists: false }] } } }, image)).toBe(false);
    expect(matchesFilter({ dynamodb: { NewImage: { kind: { S: [{ prefix: 'registration_' }] } } } }, image)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { kind: { S: [{ 'anything-but': ['inquiry_received'] }] } } } }, image)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { kind: { S: [{ 'anything-but': 'registration_received' }] } } } }, image)).toBe(false);
    expect(matchesFilter({ dynamodb: { NewImage: { attempts: { N: [{ numeric: ['>', 1, '<=', 5] }] } } } }, image)).toBe(true);
    expect(matchesFilter({ dynamodb: { NewImage: { attempts: { N: [{ numeric: ['>=', 3] }] } } } }, image)).toBe(false);
  });

  it('matches when any element of an array value matches', () => {
    expect(matchesFilter({ tags: ['b'] }, { tags: ['a', 'b'] })).toBe(true);
    expect(matchesFilter({ tags: ['c'] }, { tags: ['a', 'b'] })).toBe(false);
  });

  it('ORs several filters, and lets everything through when there are none', () => {
    const other = { eventName: ['REMOVE'] };
    expect(matchesAnyFilter([outboxInsert, other], record({}, 'REMOVE'))).toBe(true);
    expect(matchesAnyFilter([outboxInsert, other], record({}, 'MODIFY'))).toBe(false);
    expect(matchesAnyFilter([], record({}, 'MODIFY'))).toBe(true);
  });
});
