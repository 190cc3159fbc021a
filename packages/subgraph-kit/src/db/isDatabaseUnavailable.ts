/** Driver codes that mean the database could not serve the query now, not that it was wrong. */
const UNAVAILABLE_CODES = new Set([
  // The server is unreachable or went away (mysql2, node:net).
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // The server is up but refused or cut this work.
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_QUERY_INTERRUPTED',
  'ER_CONNECTION_KILLED',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  // SQLite: another writer holds the file longer than the busy timeout.
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
]);

/** MariaDB's "Connection was killed", for which mysql2 has no code name. */
const UNAVAILABLE_ERRNOS = new Set([1927]);

/**
 * True when a query failed because the registry's database is unreachable, cut off, out of
 * connections or busy (a knex pool timeout included): a fault to report as
 * REGISTRY_UNAVAILABLE, unlike a bug, which stays INTERNAL.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; depth < 5; depth += 1) {
    if (typeof current !== 'object' || current === null) return false;
    const { name, code, errno, fatal, cause } = current as Record<string, unknown>;
    if (name === 'KnexTimeoutError' || fatal === true) return true;
    if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
    if (typeof errno === 'number' && UNAVAILABLE_ERRNOS.has(errno)) return true;
    current = cause;
  }
  return false;
}
