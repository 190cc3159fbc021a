import { createServer, type IncomingMessage, type ServerResponse, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './createLogger.ts';
import { ERRORS } from './errors.ts';
import { sendError, type RequestHandler } from './createGraphQLHandler.ts';

export interface ListenOptions {
  /** @default 0 (an ephemeral port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  log: Logger;
}

export interface Listening {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /** Stops accepting, lets in-flight requests finish, then closes idle sockets. */
  close(): Promise<void>;
}

/** Serves handlers in order on a new HTTP server; the first that claims the request wins. */
export async function listen(
  handlers: readonly RequestHandler[],
  { port = 0, host = '127.0.0.1', log }: ListenOptions,
): Promise<Listening> {
  const server = createServer((req, res) => void dispatch(handlers, req, res, log));
  // Longer than typical client keep-alive so that pooled connections are reused, not reset.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/graphql`,
    port: address.port,
    server,
    close: () => closeServer(server),
  };
}

async function dispatch(
  handlers: readonly RequestHandler[],
  req: IncomingMessage,
  res: ServerResponse,
  log: Logger,
): Promise<void> {
  try {
    for (const handler of handlers) if (await handler(req, res)) return;
    res.statusCode = 404;
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.end('Not found');
  } catch (error) {
    log.error({ err: error }, 'request failed outside GraphQL execution');
    if (!res.headersSent) sendError(res, ERRORS.INTERNAL);
    else res.destroy();
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
