import { Worker } from 'node:worker_threads';
import type { Knex } from 'knex';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { AuditAppender } from './AuditAppender.ts';
import { auditDialect } from './auditDialect.ts';
import type { AppendReply, AppendRequest, WorkerReady } from './workerMessages.ts';

/** An appender running on a worker thread, and how to stop it. */
export interface WorkerAppender {
  readonly append: AuditAppender;
  /**
   * Resolves once the worker has loaded; rejects if it could not (say, a build that left its
   * file out). Await it before serving, so that is found at start, not as refused requests.
   */
  ready(): Promise<void>;
  /** Stops the worker; call after the writer is flushed. Pending appends reject. */
  close(): Promise<void>;
}

interface Waiting {
  resolve(reply: AppendReply): void;
  reject(error: Error): void;
}

/**
 * Runs the writer's transactions (appendAuditBatch) on a worker thread with its own one
 * connection to the store `db` points at (MariaDB only: a SQLite `:memory:` store could not
 * be shared, and SQLite makes no network round trips to take off the main thread).
 *
 * Fail-closed: if the worker dies, every append it had rejects (the writer then reads back
 * what committed and refuses the rest) and the next append starts a fresh worker.
 */
export function createWorkerAppender({
  db,
  log,
  connections = 1,
}: {
  db: Knex;
  log?: Logger;
  /** The worker's own connections: as many as the writer's `maxInFlight`. @default 1 */
  connections?: number;
}): WorkerAppender {
  if (auditDialect(db) !== 'mysql') throw new Error('The audit worker is for MariaDB stores.');
  const config = workerConfig(db, connections);
  const waiting = new Map<number, Waiting>();
  let nextId = 1;
  let worker: Worker | null = null;
  let closing = false;
  let markReady: () => void = () => undefined;
  let markFailed: (error: Error) => void = () => undefined;
  const loaded = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    markFailed = reject;
  });
  // Rejections are the caller of ready()'s to see; appends report their own failures.
  loaded.catch(() => undefined);

  function stopped(reason: string): void {
    worker = null;
    const error = new Error(`The audit worker stopped (${reason}).`);
    for (const each of waiting.values()) each.reject(error);
    waiting.clear();
  }

  function start(): Worker {
    const started = spawnWorker(config);
    started.on('message', (reply: AppendReply | WorkerReady) => {
      if ('ready' in reply) {
        markReady();
        return;
      }
      waiting.get(reply.id)?.resolve(reply);
      waiting.delete(reply.id);
      // Idle, the worker must not keep the process alive; busy, it must (an awaited commit).
      if (waiting.size === 0) started.unref();
    });
    started.on('error', (error) => {
      log?.error({ err: error }, 'audit worker failed');
      markFailed(error);
      if (worker === started) stopped(error.message.slice(0, 200));
    });
    started.on('exit', (code) => {
      markFailed(new Error(`The audit worker exited (${code}) before it was ready.`));
      if (worker === started) stopped(`exit ${code}`);
    });
    started.unref();
    return started;
  }

  // Started now, so that loading it is not paid by the first request's record.
  worker = start();
  return {
    async append(entries) {
      if (closing) throw new Error('The audit worker is closed.');
      worker ??= start();
      const id = nextId;
      nextId += 1;
      const current = worker;
      const reply = await new Promise<AppendReply>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        current.ref();
        current.postMessage({ id, entries } satisfies AppendRequest);
      });
      if ('records' in reply) return reply.records;
      throw Object.assign(
        new Error(reply.error.message),
        reply.error.code === null ? {} : { code: reply.error.code },
      );
    },
    ready: () => loaded,
    async close() {
      closing = true;
      const last = worker;
      stopped('closed');
      await last?.terminate();
    },
  };
}

/** The store's connection, with a pool of one per batch the writer keeps in flight. */
function workerConfig(db: Knex, connections: number): Knex.Config {
  const { client, connection, acquireConnectionTimeout } = (db.client as { config: Knex.Config })
    .config;
  return {
    client,
    connection,
    pool: { min: 0, max: connections },
    ...(acquireConnectionTimeout === undefined ? {} : { acquireConnectionTimeout }),
  };
}

/** Defined `true` by the production build (scripts/build/entries.ts); undeclared under tsx. */
declare const __DOST_BUNDLED__: boolean | undefined;

/**
 * The worker: in the production bundles, dist/auditAppendWorker.js (bundled on its own, since
 * a worker is a file of its own). There each source's import.meta.url still names the source's
 * place (scripts/build/sourceRelativeMeta.ts), so dist/ is found from this file's. Under tsx
 * (sources, tests, the bench) a worker does not inherit tsx's loader, so a bootstrap
 * registers it first.
 */
function spawnWorker(config: Knex.Config): Worker {
  if (typeof __DOST_BUNDLED__ !== 'undefined' && __DOST_BUNDLED__) {
    return new Worker(new URL('../../../dist/auditAppendWorker.js', import.meta.url), {
      workerData: config,
    });
  }
  const source = JSON.stringify(new URL('./auditAppendWorker.ts', import.meta.url).href);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`;
  return new Worker(bootstrap, { eval: true, workerData: config });
}
