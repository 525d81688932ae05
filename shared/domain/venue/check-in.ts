/**
 * One check-in at the venue's door: what the door app sends, what is stored, and the rule that decides between
 * recording a first check-in and answering with the one already recorded.
 */
import * as z from 'zod/mini';
import { DateTime, Ulid, line } from '../primitives.ts';

/** Long enough for any code a badge carries (`PLN1.<slug>.<ulid>.<signature>` is about 125 characters). */
const MAX_CODE_LENGTH = 400;

/**
 * Checked as one object with a rule across its fields, not as a zod union: a union would answer a bad field without
 * naming the unknown ones beside it. Exactly one of `code` (a scanned badge) and `registrationId` (a participant
 * found by search, for a damaged badge) identifies who arrives.
 */
export const CheckInBody = z
  .strictObject({
    code: z.optional(z.string().check(z.minLength(1, 'Required'), z.maxLength(MAX_CODE_LENGTH, `At most ${MAX_CODE_LENGTH} characters`))),
    registrationId: z.optional(Ulid),
    scanId: Ulid,
    scannedAt: DateTime,
    device: line(60),
  })
  .check(
    z.superRefine((body, ctx) => {
      const given = [body.code, body.registrationId].filter((v) => v !== undefined).length;
      if (given === 0) ctx.issues.push({ code: 'custom', path: ['code'], message: 'Give the scanned code, or the registrationId', input: body });
      if (given === 2)
        ctx.issues.push({ code: 'custom', path: ['registrationId'], message: 'Give either code or registrationId, not both', input: body });
    }),
  )
  .register(z.globalRegistry, { id: 'CheckInRequest' });
export type CheckInBody = z.infer<typeof CheckInBody>;

/** How the participant was identified: their badge's signed code, or by hand (search) for a damaged badge. */
export type CheckInMethod = 'code' | 'manual';

/** The stored check-in of one registration: the first scan that reached the server. No names or emails. */
export interface CheckInRecord {
  registrationId: string;
  /** When the door device scanned (its clock): what staff and the dashboard show. */
  checkedInAt: string;
  device: string;
  scanId: string;
  method: CheckInMethod;
  /** When the server recorded it (our clock): the order "first" refers to. */
  recordedAt: string;
}

export interface Scan {
  scanId: string;
  scannedAt: string;
  device: string;
}

export type CheckInDecision = { kind: 'record'; record: CheckInRecord } | { kind: 'answer'; firstScan: boolean; record: CheckInRecord };

/**
 * The first check-in of a registration wins. The same scan sent again (a retry, a replay from an offline queue)
 * is answered as its first time was, `firstScan: true`, and counts once; any other scan of that badge answers
 * `firstScan: false` with the first one's time and device.
 */
export const decideCheckIn = (
  existing: CheckInRecord | undefined,
  registrationId: string,
  scan: Scan,
  method: CheckInMethod,
  now: Date,
): CheckInDecision => {
  if (existing) return { kind: 'answer', firstScan: existing.scanId === scan.scanId, record: existing };
  return {
    kind: 'record',
    // Stored in UTC whatever offset the device used, so times compare and sort as text.
    record: {
      registrationId,
      checkedInAt: new Date(scan.scannedAt).toISOString(),
      device: scan.device,
      scanId: scan.scanId,
      method,
      recordedAt: now.toISOString(),
    },
  };
};
