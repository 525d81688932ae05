import { describe, expect, it } from 'vitest';
import { deriveManageToken, hashManageToken, manageTokenMatches, manageUrl } from '../../shared/domain/manage-token.ts';

const key = Buffer.alloc(32, 1);
const otherKey = Buffer.alloc(32, 2);

describe('manage tokens', () => {
  it('derives a 256-bit token from the key, the event, the registration and the version', () => {
    const token = deriveManageToken(key, 'sacm-7', '01JABC', 1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(deriveManageToken(key, 'sacm-7', '01JABC', 1)).toBe(token);
    const variants = [
      deriveManageToken(otherKey, 'sacm-7', '01JABC', 1),
      deriveManageToken(key, 'sacm-8', '01JABC', 1),
      deriveManageToken(key, 'sacm-7', '01JABD', 1),
      deriveManageToken(key, 'sacm-7', '01JABC', 2),
    ];
    expect(new Set([token, ...variants]).size).toBe(5);
  });

  it('keeps only a hash, which matches the token and nothing else', () => {
    const token = deriveManageToken(key, 'sacm-7', '01JABC', 1);
    const stored = hashManageToken(token);
    expect(stored).toMatch(/^[0-9a-f]{64}$/);
    expect(stored).not.toContain(token);
    expect(manageTokenMatches(token, stored)).toBe(true);
    for (const wrong of [undefined, '', deriveManageToken(key, 'sacm-7', '01JABD', 1), `${token}x`, 'x'.repeat(5000)])
      expect(manageTokenMatches(wrong, stored)).toBe(false);
    expect(manageTokenMatches(token, undefined)).toBe(false);
  });

  it('builds the link the web page and the email use', () => {
    expect(manageUrl('https://plenary.example.org/', 'sacm-7', '01JABC', 'a_b-c')).toBe(
      'https://plenary.example.org/manage/sacm-7/01JABC#token=a_b-c',
    );
  });
});
