/**
 * `npm run audit:verify`: walks the audit store's hash chain and prints a one-line verdict.
 * Exit code 0 when the chain is intact, 1 when it is broken or cannot be read.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditChain } from '../platform/audit/verifyAuditChain.ts';
import { readEnv } from '../platform/env.ts';
import { openRegistryDb } from '../platform/openRegistryDb.ts';

const REGISTRY = 'audit';

async function main(): Promise<number> {
  const env = readEnv();
  const url = env.dbUrls.audit;
  const where =
    url === undefined
      ? join(env.dataDir, `${REGISTRY}.sqlite`)
      : `${REGISTRY} at ${new URL(url).host}`;
  // Opening a missing SQLite file would create an empty one; verification changes nothing.
  if (url === undefined && !existsSync(where)) {
    console.error(`audit chain: NOT VERIFIED — no audit store at ${where}`);
    return 1;
  }
  const db = await openRegistryDb({ registry: REGISTRY, url, dataDir: env.dataDir });
  try {
    const verdict = await verifyAuditChain(db);
    if (verdict.ok) {
      console.log(`audit chain: OK — ${verdict.count} records verified (${where})`);
      return 0;
    }
    console.error(
      `audit chain: BROKEN at record ${verdict.brokenAt} — ${verdict.reason}; ` +
        `${verdict.count} records before it verified (${where})`,
    );
    return 1;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`audit chain: NOT VERIFIED — ${message} (${where})`);
    return 1;
  } finally {
    await db.destroy();
  }
}

process.exitCode = await main();
