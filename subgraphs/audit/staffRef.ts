import { createHash, createHmac } from 'node:crypto';

/** Hex characters kept: 40 bits, so collisions among tens of thousands of staff stay rare. */
const STAFF_REF_LENGTH = 10;

/**
 * The stable pseudonym a citizen sees instead of a staff member's identity. With a secret
 * it is HMAC-SHA256(secret, sub); without one, sha256("dost-staff:" + sub), which only
 * someone who can guess `sub` values can reverse. Either way the data-protection officer
 * resolves it by computing it over the staff directory.
 */
export function staffRefOf(sub: string, secret?: string): string {
  const digest =
    secret === undefined
      ? createHash('sha256').update(`dost-staff:${sub}`, 'utf8')
      : createHmac('sha256', secret).update(sub, 'utf8');
  return digest.digest('hex').slice(0, STAFF_REF_LENGTH);
}
