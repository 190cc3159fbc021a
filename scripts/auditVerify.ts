/**
 * `npm run audit:verify [witness …]`: checks the audit store's hash chain against the
 * gateways' signed checkpoints and prints the verdict. The witness is DOST_AUDIT_WITNESS
 * unless given as arguments (`file:<path>` or `mysql://…`; several when each gateway host
 * kept its own file). Exit code 0 when intact, 1 when broken or when it cannot be checked.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAuditTrail } from '@dost/audit-store/checkpoint/verifyAuditTrail.ts';
import type { AuditWitness, AuditWitnessLocation } from '@dost/audit-store/witness/AuditWitness.ts';
import { openAuditWitness } from '@dost/audit-store/witness/openAuditWitness.ts';
import { parseWitnessLocation } from '@dost/platform/parseWitnessLocation.ts';
import { readEnv } from '@dost/platform/env.ts';
import { openRegistryDb } from '@dost/platform/openRegistryDb.ts';
import { describeAuditTrail } from './lib/describeAuditTrail.ts';
import { loadCheckpointKey } from './lib/loadCheckpointKey.ts';

const REGISTRY = 'audit';

async function main(args: readonly string[]): Promise<number> {
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
  let locations: AuditWitnessLocation[];
  try {
    locations = witnessLocations(args, env.auditCheckpoints.witness);
  } catch (error) {
    console.error(`audit chain: NOT VERIFIED — ${messageOf(error)}`);
    return 1;
  }
  const db = await openRegistryDb({ registry: REGISTRY, url, dataDir: env.dataDir });
  const witnesses: AuditWitness[] = [];
  try {
    const key = loadCheckpointKey(env);
    for (const location of locations) {
      witnesses.push(await openAuditWitness(location, { migrate: false }));
    }
    const verdict = await verifyAuditTrail({ db, witnesses, key });
    const [first = '', ...notes] = describeAuditTrail(verdict, where);
    (verdict.ok ? console.log : console.error)(first);
    for (const note of notes) console.warn(note);
    return verdict.ok ? 0 : 1;
  } catch (error) {
    console.error(`audit chain: NOT VERIFIED — ${messageOf(error)} (${where})`);
    return 1;
  } finally {
    for (const witness of witnesses) await witness.close();
    await db.destroy();
  }
}

function witnessLocations(
  args: readonly string[],
  configured: AuditWitnessLocation,
): AuditWitnessLocation[] {
  const locations = args.map((arg) => {
    const location = parseWitnessLocation(arg);
    if (location === null) throw new Error(`${arg} is not file:<path> nor a mysql:// URL`);
    return location;
  });
  const all = locations.length > 0 ? locations : [configured];
  // Said plainly: a missing file is far more often a wrong path than a deleted witness.
  const missing = all.find((location) => location.kind === 'file' && !existsSync(location.path));
  if (missing?.kind === 'file') throw new Error(`no audit witness at ${missing.path}`);
  return all;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

process.exitCode = await main(process.argv.slice(2));
