import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  deriveEventSeed,
  exportPublicKey,
  importPublicKey,
  keyPairFromSeed,
  signCheckInCode,
  verifyCheckInCode,
} from '../../shared/domain/badges/check-in-code.ts';

const secret = new Uint8Array(32).fill(7);
const keysOf = async (eventId: string) => keyPairFromSeed(await deriveEventSeed(secret, eventId));
const subject = { eventId: 'sacm-7', registrationId: '01JABCDEFGHJKMNPQRSTVWXYZ0' };

describe("a badge's check-in code", () => {
  it('verifies with the public key as the roster publishes it', async () => {
    const { privateKey, publicKey } = await keysOf('sacm-7');
    const code = await signCheckInCode(subject, privateKey);
    const published = await importPublicKey(await exportPublicKey(publicKey));
    expect(await verifyCheckInCode(code, 'sacm-7', published)).toEqual({ valid: true, subject });
  });

  it('fails when any one byte of it is changed', async () => {
    const { privateKey, publicKey } = await keysOf('sacm-7');
    const code = await signCheckInCode(subject, privateKey);
    for (let i = 0; i < code.length; i++) {
      const changed = code.slice(0, i) + (code[i] === 'A' ? 'B' : 'A') + code.slice(i + 1);
      const verdict = await verifyCheckInCode(changed, 'sacm-7', publicKey);
      expect(verdict.valid, `byte ${i} changed: ${changed}`).toBe(false);
    }
  });

  it("fails for a code made for another event, by that event's id and by its key", async () => {
    const other = await keysOf('sacm-8');
    const otherCode = await signCheckInCode({ ...subject, eventId: 'sacm-8' }, other.privateKey);
    const mine = await keysOf('sacm-7');
    expect(await verifyCheckInCode(otherCode, 'sacm-7', mine.publicKey)).toEqual({ valid: false, reason: 'other_event' });
    // Relabelled as this event: the signature no longer matches.
    const relabelled = otherCode.replace('.sacm-8.', '.sacm-7.');
    expect(await verifyCheckInCode(relabelled, 'sacm-7', mine.publicKey)).toEqual({ valid: false, reason: 'bad_signature' });
  });

  it('derives a different key for each event from one secret, and the same key every time', async () => {
    const a = await exportPublicKey((await keysOf('sacm-7')).publicKey);
    expect(await exportPublicKey((await keysOf('sacm-7')).publicKey)).toBe(a);
    expect(await exportPublicKey((await keysOf('sacm-8')).publicKey)).not.toBe(a);
  });

  it('answers any text a camera might read with a verdict, never an exception', async () => {
    const { publicKey } = await keysOf('sacm-7');
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `PLN1.sacm-7.${subject.registrationId}.${s}`),
        ),
        async (text) => {
          expect((await verifyCheckInCode(text, 'sacm-7', publicKey)).valid).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
