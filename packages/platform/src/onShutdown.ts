import type { Logger } from './createLogger.ts';

/** What the process closes on its first SIGINT or SIGTERM, each registered by onShutdown. */
const closers: (() => Promise<void>)[] = [];
let listening = false;
let closing = false;

/**
 * Runs `close` once on SIGINT or SIGTERM, then exits; a second signal exits at once. Several
 * servers in one process (`npm start` runs every registry in one) each register theirs, and
 * the process exits once all of them have closed, not when the first has.
 */
export function onShutdown(close: () => Promise<void>, log: Logger): void {
  closers.push(close);
  if (listening) return;
  listening = true;
  const handle = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    log.info({ signal }, 'shutting down');
    Promise.all(closers.map((each) => each())).then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handle);
  process.once('SIGTERM', handle);
}
