import { describe, expect, it } from 'vitest';
import { checkStatusChange, InvalidStatusChange, StatusChangeBody } from '../../shared/domain/press/status-change.ts';
import { inquiryReference } from '../../shared/domain/press/reference.ts';
import { hourWindow } from '../../shared/domain/rate-limits.ts';

describe('status changes', () => {
  it.each([
    ['received', 'acknowledged', false],
    ['received', 'answered', false],
    ['received', 'closed', false],
    ['acknowledged', 'answered', false],
    ['acknowledged', 'closed', false],
    ['answered', 'closed', false],
    ['answered', 'acknowledged', true],
    ['closed', 'acknowledged', true],
  ] as const)('%s -> %s is allowed (reopening: %s)', (from, to, reopening) => {
    expect(checkStatusChange(from, to)).toEqual({ reopening });
  });

  it.each([
    ['acknowledged', 'acknowledged'],
    ['answered', 'answered'],
    ['closed', 'closed'],
    ['closed', 'answered'],
  ] as const)('%s -> %s is refused with a 409', (from, to) => {
    expect(() => checkStatusChange(from, to)).toThrow(InvalidStatusChange);
    try {
      checkStatusChange(from, to);
    } catch (error) {
      expect((error as InvalidStatusChange).status).toBe(409);
    }
  });

  it('`received` cannot be set by hand and the note is optional', () => {
    expect(StatusChangeBody.safeParse({ status: 'received' }).success).toBe(false);
    expect(StatusChangeBody.parse({ status: 'answered' })).toEqual({ status: 'answered', note: '' });
  });
});

describe('references and rate windows', () => {
  it('references have at least four digits and grow past them', () => {
    expect(inquiryReference('SACM7', 7)).toBe('SACM7-P-0007');
    expect(inquiryReference('SACM7', 12345)).toBe('SACM7-P-12345');
  });

  it('Retry-After counts the seconds to the end of the hour window', () => {
    expect(hourWindow(new Date('2026-07-01T14:59:30.200Z'))).toEqual({
      label: '2026-07-01T14',
      endsAt: new Date('2026-07-01T15:00:00.000Z'),
      retryAfterSeconds: 30,
    });
    expect(hourWindow(new Date('2026-07-01T14:00:00.000Z')).retryAfterSeconds).toBe(3600);
  });
});
