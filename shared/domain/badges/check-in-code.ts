/**
 * The check-in code a badge's QR carries: who the badge is for, signed with the event's private key, so a scanner
 * holding only the event's public key can tell a real badge from a forged one without a network.
 *
 *   PLN1.<eventId>.<registrationId>.<signature>
 *
 * The signature is Ed25519 over the UTF-8 bytes of `PLN1.<eventId>.<registrationId>`, base64url without padding
 * (86 characters). Event ids are slugs and registration ids ULIDs, so neither contains a dot. A code signed for
 * another event fails twice over: its event id differs from the scanner's, and its signature does not verify with
 * this event's key. Everything here is WebCrypto (`globalThis.crypto.subtle`): the same module runs in Lambda, in
 * Node 20 and in the check-in app in the browser (Chromium: secure contexts only).
 */

export const CHECK_IN_CODE_VERSION = 'PLN1';
const ED25519 = { name: 'Ed25519' } as const;
/** Bytes on a plain ArrayBuffer: what WebCrypto takes. */
type Bytes = Uint8Array<ArrayBuffer>;
const SIGNATURE_BYTES = 64;
const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;

export interface CheckInSubject {
  eventId: string;
  registrationId: string;
}

/** Why a scanned text is not a valid badge of this event. */
export type CheckInCodeRejection = 'malformed' | 'other_event' | 'bad_signature';

export type CheckInCodeVerdict = { valid: true; subject: CheckInSubject } | { valid: false; reason: CheckInCodeRejection };

const subtle = (): SubtleCrypto => {
  const s = globalThis.crypto?.subtle;
  if (!s) throw new Error('WebCrypto is not available (in a browser it needs a secure context: https or localhost)');
  return s;
};

const toBase64Url = (bytes: Uint8Array): string => {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string): Bytes | undefined => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return undefined;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    // Only the canonical spelling: the last character's unused low bits must be zero, so no two texts carry one
    // signature (otherwise changing the final character can leave the decoded bytes, and the verdict, unchanged).
    return toBase64Url(bytes) === text ? bytes : undefined;
  } catch {
    return undefined;
  }
};

const signedPart = ({ eventId, registrationId }: CheckInSubject): string => `${CHECK_IN_CODE_VERSION}.${eventId}.${registrationId}`;

/** Signs a badge's code with the event's private key (an Ed25519 `CryptoKey` with usage `sign`). */
export const signCheckInCode = async (subject: CheckInSubject, privateKey: CryptoKey): Promise<string> => {
  const payload = signedPart(subject);
  const signature = new Uint8Array(await subtle().sign(ED25519, privateKey, new TextEncoder().encode(payload)));
  return `${payload}.${toBase64Url(signature)}`;
};

/** Reads a code's parts without checking its signature: `undefined` when it is not shaped like a check-in code. */
export const parseCheckInCode = (code: string): (CheckInSubject & { signature: Bytes }) | undefined => {
  const parts = code.trim().split('.');
  if (parts.length !== 4) return undefined;
  const [version, eventId, registrationId, encoded] = parts as [string, string, string, string];
  if (version !== CHECK_IN_CODE_VERSION || !SLUG.test(eventId) || !ULID.test(registrationId)) return undefined;
  const signature = fromBase64Url(encoded);
  if (!signature || signature.length !== SIGNATURE_BYTES) return undefined;
  return { eventId, registrationId, signature };
};

/**
 * Whether `code` is a badge of `eventId` signed with `publicKey` (an Ed25519 `CryptoKey` with usage `verify`).
 * Never throws on bad input: any text a camera might read gets a verdict.
 */
export const verifyCheckInCode = async (code: string, eventId: string, publicKey: CryptoKey): Promise<CheckInCodeVerdict> => {
  const parsed = parseCheckInCode(code);
  if (!parsed) return { valid: false, reason: 'malformed' };
  if (parsed.eventId !== eventId) return { valid: false, reason: 'other_event' };
  const subject = { eventId: parsed.eventId, registrationId: parsed.registrationId };
  const ok = await subtle().verify(ED25519, publicKey, parsed.signature, new TextEncoder().encode(signedPart(subject)));
  return ok ? { valid: true, subject } : { valid: false, reason: 'bad_signature' };
};

/** The public key as published in the roster: the raw 32 bytes, base64url. */
export const exportPublicKey = async (publicKey: CryptoKey): Promise<string> =>
  toBase64Url(new Uint8Array(await subtle().exportKey('raw', publicKey)));

/** The roster's published key back into a `CryptoKey` that verifies. */
export const importPublicKey = async (encoded: string): Promise<CryptoKey> => {
  const raw = fromBase64Url(encoded);
  if (!raw || raw.length !== 32) throw new Error('Not an Ed25519 public key (32 bytes, base64url)');
  return subtle().importKey('raw', raw, ED25519, true, ['verify']);
};

/**
 * An event's key pair from a 32-byte Ed25519 seed (the private key itself, as RFC 8032 defines it). WebCrypto
 * imports private keys only as PKCS#8, whose Ed25519 form is a fixed 16-byte prefix followed by the seed.
 */
export const keyPairFromSeed = async (seed: Uint8Array): Promise<{ privateKey: CryptoKey; publicKey: CryptoKey }> => {
  if (seed.length !== 32) throw new Error('An Ed25519 seed is 32 bytes');
  const prefix = [0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
  const pkcs8 = new Uint8Array([...prefix, ...seed]);
  const privateKey = await subtle().importKey('pkcs8', pkcs8, ED25519, true, ['sign']);
  // The public key is derived by exporting the private key as a JWK (its `x` member) and importing that.
  const jwk = await subtle().exportKey('jwk', privateKey);
  const publicKey = await subtle().importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, ED25519, true, ['verify']);
  return { privateKey, publicKey };
};

/**
 * An event's signing seed derived from one platform secret (HKDF-SHA-256, the event id as `info`): one secret to
 * keep, a different key per event, and a badge of one event never verifies with another's key.
 */
export const deriveEventSeed = async (secret: Uint8Array, eventId: string): Promise<Bytes> => {
  const base = await subtle().importKey('raw', new Uint8Array(secret), 'HKDF', false, ['deriveBits']);
  const bits = await subtle().deriveBits(
    { name: 'HKDF', hash: 'SHA-256', salt: new TextEncoder().encode('plenary badge signing key'), info: new TextEncoder().encode(eventId) },
    base,
    256,
  );
  return new Uint8Array(bits);
};
