import { createConnection, type Connection } from 'mysql2/promise';

/**
 * Kills, on the MariaDB server at `url`, every connection whose current database starts with
 * `databasePrefix` (one test system's databases), as a server restart or a network cut would;
 * other test files' connections and the server itself are left alone. Returns how many died.
 */
export function cutDatabaseConnections(url: string, databasePrefix: string): Promise<number> {
  return withAdmin(url, async (admin) => {
    let killed = 0;
    for (const id of await connectionIds(admin, databasePrefix)) {
      // A connection may have closed on its own since the list was read.
      await admin.query('KILL CONNECTION ?', [id]).then(
        () => (killed += 1),
        () => undefined,
      );
    }
    return killed;
  });
}

/** Ids of the live connections to one test system's databases. */
export function databaseConnectionIds(url: string, databasePrefix: string): Promise<number[]> {
  return withAdmin(url, (admin) => connectionIds(admin, databasePrefix));
}

async function connectionIds(admin: Connection, databasePrefix: string): Promise<number[]> {
  const [rows] = await admin.query('SELECT ID AS id, DB AS db FROM information_schema.PROCESSLIST');
  return (rows as { id: number; db: string | null }[])
    .filter(({ db }) => db?.startsWith(databasePrefix) === true)
    .map(({ id }) => id);
}

/** Runs `work` on a connection of its own that belongs to no database, then closes it. */
async function withAdmin<T>(url: string, work: (admin: Connection) => Promise<T>): Promise<T> {
  const parsed = new URL(url);
  const admin = await createConnection({
    host: parsed.hostname,
    port: Number(parsed.port || 3306),
    user: decodeURIComponent(parsed.username || 'root'),
    password: decodeURIComponent(parsed.password),
  });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
