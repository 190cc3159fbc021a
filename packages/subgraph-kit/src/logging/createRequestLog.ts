import { randomUUID } from 'node:crypto';
import type { Logger } from '@dost/platform/createLogger.ts';

/**
 * The logger of one request, bound to its subgraph and request id, made the first time it is
 * asked for. Most requests never log, so a pino child per request (bindings serialised, a
 * logger object and its garbage, about 1 µs) was work for nothing (issue 14); the lines a
 * request does write carry the same `rid` as before.
 */
export function createRequestLog(
  parent: Logger,
  { subgraph, requestId }: { subgraph: string; requestId: string },
): () => Logger {
  let child: Logger | undefined;
  return () => {
    // A call without an id (no gateway in front) still gets one, so its lines group together.
    child ??= parent.child({ subgraph, rid: requestId || randomUUID() });
    return child;
  };
}
