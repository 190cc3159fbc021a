import { parentPort, workerData } from 'node:worker_threads';
import knex, { type Knex } from 'knex';
import type { AuditEntry } from './AuditEntry.ts';
import { createAppender } from './createAppender.ts';
import type { AppendReply, AppendRequest, WorkerReady } from './workerMessages.ts';

// The audit writer's database I/O on a thread of its own (createWorkerAppender): each of a
// batch's round trips is answered by this thread's event loop, which waits for nothing but
// them, instead of queueing behind request work on the gateway's main thread.
const port = parentPort;
if (port === null) throw new Error('auditAppendWorker runs as a worker thread.');
const db: Knex = knex(workerData as Knex.Config);
const append = createAppender(db);

port.on('message', (request: AppendRequest) => {
  void appendOne(request.entries).then((reply) => port.postMessage({ id: request.id, ...reply }));
});

async function appendOne(entries: readonly AuditEntry[]): Promise<Omit<AppendReply, 'id'>> {
  try {
    return { records: await append(entries) };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    return {
      error: {
        message: error instanceof Error ? error.message : String(error),
        code: typeof code === 'string' ? code : null,
      },
    };
  }
}

port.postMessage({ ready: true } satisfies WorkerReady);
