import { LRUCache } from 'lru-cache';

/** Claims of client tokens that passed verification, by their exact token string. */
export interface VerifiedTokenCache<Claims extends object> {
  /** The claims of a token verified earlier that may still be trusted, else undefined. */
  get(token: string): Claims | undefined;
  /** Records a token that has just passed verification; `exp` is its expiry (epoch s). */
  add(token: string, claims: Claims, exp: number): void;
}

export interface VerifiedTokenCacheOptions {
  /** Most tokens kept; the least recently used go first. @default 10_000 */
  max?: number;
  /**
   * Longest a token is trusted without checking it again: a key removed from the JWKS
   * stops being honoured within this. @default 60_000
   */
  ttlMs?: number;
}

interface Entry<Claims> {
  readonly claims: Claims;
  /** Epoch ms after which the entry no longer counts: min(token exp, added + ttl). */
  readonly until: number;
}

/**
 * A bounded memory of successful verifications, so a caller's next requests skip the
 * signature check. Only the exact string that verified is found: a token differing in one
 * byte misses and is verified (and refused) in full. Expiry is checked against Date.now()
 * on every read, the clock the verifier itself reads.
 */
export function createVerifiedTokenCache<Claims extends object>({
  max = 10_000,
  ttlMs = 60_000,
}: VerifiedTokenCacheOptions = {}): VerifiedTokenCache<Claims> {
  const entries = new LRUCache<string, Entry<Claims>>({ max });
  return {
    get(token) {
      const entry = entries.get(token);
      if (entry === undefined) return undefined;
      if (Date.now() < entry.until) return entry.claims;
      entries.delete(token);
      return undefined;
    },
    add(token, claims, exp) {
      const now = Date.now();
      const until = Math.min(exp * 1000, now + ttlMs);
      if (until > now) entries.set(token, { claims, until });
    },
  };
}
