import knex from 'knex';

const MIB = 2 ** 20;

/**
 * Grows MariaDB's InnoDB buffer pool to `mib` when it is smaller, as a production registry
 * server would be sized: the server default (128 MiB) is an eighth of the 1 000 000-citizen
 * registries, so random reads (S2's 100 citizens) and the audit index's random inserts go to
 * disk instead of memory. The setting is dynamic and lasts until the server restarts; it
 * changes nothing when the pool is already that large.
 * @returns the pool's size in MiB afterwards
 */
export async function sizeBufferPool(dbUrl: string, mib: number): Promise<number> {
  const db = knex({ client: 'mysql2', connection: dbUrl, pool: { min: 0, max: 1 } });
  try {
    const current = await poolMib(db);
    if (mib === 0 || current >= mib) return current;
    await db.raw('SET GLOBAL innodb_buffer_pool_size = ?', [mib * MIB]);
    // The resize runs in the background; wait until the server reports the new size.
    for (let attempt = 0; attempt < 120; attempt += 1) {
      if ((await poolMib(db)) >= mib) return mib;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error(`InnoDB buffer pool did not grow to ${mib} MiB within 60 s`);
  } finally {
    await db.destroy();
  }
}

async function poolMib(db: knex.Knex): Promise<number> {
  const [rows] = (await db.raw('SELECT @@innodb_buffer_pool_size AS pool')) as [
    { pool: number | string }[],
  ];
  return Math.round(Number(rows[0]?.pool ?? 0) / MIB);
}
