import { pino, type Logger, type LevelWithSilent } from 'pino';

export type { Logger } from 'pino';

export interface LoggerOptions {
  /** @default 'info' */
  level?: LevelWithSilent;
  /** Component name shown on every line. */
  name?: string;
}

/** Structured JSON logger; components derive children with `log.child({ component })`. */
export function createLogger({ level = 'info', name = 'dost' }: LoggerOptions = {}): Logger {
  return pino({
    name,
    level,
    // Tokens and personal data must never reach logs, even when a header is logged whole.
    redact: {
      paths: ['req.headers.authorization', 'headers.authorization', '*.authorization'],
      censor: '[redacted]',
    },
  });
}
