import type { Knex } from 'knex';
import type { AuditWitness, WitnessEntry } from './AuditWitness.ts';
import { WITNESS_TABLE } from './migrations/001_audit_witness.ts';

/** Rows read per statement while verifying. */
const PAGE_SIZE = 1_000;

interface WitnessRow {
  id: number | string;
  writer: string;
  n: number | string;
  at: string;
  seq: number | string;
  hash: string;
  final: number | boolean;
  jws: string;
}

/**
 * Checkpoints in a table of a second database, migrated with `witnessMigrations`. Its own
 * account needs INSERT and SELECT there and nothing else; the gateway's audit account must
 * have no right on it, or the witness proves nothing against that account.
 */
export function createSqlWitness(db: Knex, name: string): AuditWitness {
  return {
    name,
    async append(checkpoint, jws) {
      const { writer, n, at, seq, hash, final } = checkpoint;
      try {
        await db(WITNESS_TABLE).insert({ writer, n, at, seq, hash, final, jws });
      } catch (error) {
        // A retry after a lost acknowledgement meets its own row: that is success.
        const stored = (await db(WITNESS_TABLE)
          .where({ writer, n })
          .first('jws')
          .catch(() => undefined)) as { jws: string } | undefined;
        if (stored?.jws !== jws) throw error;
      }
    },
    read: () => readRows(db),
    close: () => db.destroy(),
  };
}

async function* readRows(db: Knex): AsyncGenerator<WitnessEntry> {
  let after = 0;
  for (;;) {
    const rows = (await db(WITNESS_TABLE)
      .select('*')
      .where('id', '>', after)
      .orderBy('id')
      .limit(PAGE_SIZE)) as WitnessRow[];
    for (const row of rows) {
      const { writer, n, at, seq, hash, final, jws } = row;
      yield {
        where: `row ${row.id}`,
        jws,
        copy: { writer, n: Number(n), at, seq: Number(seq), hash, final: Boolean(final) },
      };
    }
    const last = rows.at(-1);
    if (last === undefined || rows.length < PAGE_SIZE) return;
    after = Number(last.id);
  }
}
