/** Identity is injected (`makeX({ ids })`) so tests can predict it. */
import { randomInt } from 'node:crypto';
import { monotonicFactory } from 'ulidx';

export interface Ids {
  /** A ULID: sortable by creation time, as every id in the API. */
  id(): string;
  /** The code a confirmed delegate quotes at the check-in desk, e.g. `K7QM-4XPD`. */
  checkInCode(): string;
}

/** Crockford base32 without I, L, O, U: nothing to misread over the phone. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 8 random characters (40 bits): collisions within one event are negligible, and the code is not a secret. */
const randomCheckInCode = (): string => {
  let code = '';
  for (let i = 0; i < 8; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
};

export const systemIds = (): Ids => {
  const ulid = monotonicFactory();
  return { id: () => ulid(), checkInCode: randomCheckInCode };
};
