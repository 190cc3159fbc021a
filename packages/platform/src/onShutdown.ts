import type { Logger } from './createLogger.ts';

/** Runs `close` once on SIGINT or SIGTERM, then exits; a second signal exits at once. */
export function onShutdown(close: () => Promise<void>, log: Logger): void {
  let closing = false;
  const handle = (signal: NodeJS.Signals) => {
    if (closing) process.exit(1);
    closing = true;
    log.info({ signal }, 'shutting down');
    close().then(
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
