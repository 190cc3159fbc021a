import type { Knex } from 'knex';

/**
 * True when the database answers a trivial query within `timeoutMs`: a registry subgraph's
 * readiness. Bounded, since a probe that hangs on a dead connection tells an orchestrator
 * nothing.
 */
export async function databaseAnswers(db: Knex, timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answered = db.raw('select 1').then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answered, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
