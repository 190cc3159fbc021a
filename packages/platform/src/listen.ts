import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type RequestListener,
  type ServerResponse,
  type Server as HttpServer,
} from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import type { Logger } from './createLogger.ts';
import { ERRORS } from './errors.ts';
import { sendError, type RequestHandler } from './createGraphQLHandler.ts';
import { requestIdOf } from './requestId/requestIds.ts';
import { createMutualTlsServer } from './tls/createMutualTlsServer.ts';
import type { ServerTls } from './tls/TlsIdentity.ts';

/** The server behind a Listening: node:http, or node:https when it serves mutual TLS. */
export type Server = HttpServer | HttpsServer;

export interface ListenOptions {
  /** @default 0 (an ephemeral port) */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  log: Logger;
  /** Milliseconds `close()` waits for in-flight requests before cutting them. @default 10_000 */
  drainTimeout?: number;
  /**
   * Serve HTTPS to the allowed client certificates only (mutual TLS, createMutualTlsServer).
   * @default undefined (plain HTTP)
   */
  tls?: ServerTls;
}

export interface Listening {
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  /**
   * Stops accepting connections, lets in-flight requests finish (each answered with
   * `Connection: close`), closes idle keep-alive sockets, and resolves once every connection
   * is gone; connections still busy after `drainTimeout` are cut.
   */
  close(): Promise<void>;
}

/**
 * Serves handlers in order on a new HTTP (or, with `tls`, HTTPS) server; the first that
 * claims the request wins.
 */
export async function listen(
  handlers: readonly RequestHandler[],
  { port = 0, host = '127.0.0.1', log, drainTimeout = 10_000, tls }: ListenOptions,
): Promise<Listening> {
  const inFlight = new Set<ServerResponse>();
  let closing = false;
  const serve: RequestListener = (req, res) => {
    // A request that arrives on a kept-alive socket while draining is served, then the socket
    // closes: otherwise close() would wait for the keep-alive timeout.
    if (closing) res.shouldKeepAlive = false;
    inFlight.add(res);
    res.on('close', () => inFlight.delete(res));
    void dispatch(handlers, req, res, log);
  };
  const server: Server =
    tls === undefined ? createServer(serve) : createMutualTlsServer(tls, log, serve);
  // Longer than typical client keep-alive so that pooled connections are reused, not reset.
  server.keepAliveTimeout = 65_000;
  server.on('clientError', answerUnparsable);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    url: `${tls === undefined ? 'http' : 'https'}://${host}:${address.port}/graphql`,
    port: address.port,
    server,
    close() {
      closing = true;
      for (const res of inFlight) if (!res.headersSent) res.shouldKeepAlive = false;
      return closeServer(server, drainTimeout);
    },
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
    const requestId = requestIdOf(req);
    log.error({ err: error, requestId }, 'request failed outside GraphQL execution');
    if (!res.headersSent) sendError(res, ERRORS.INTERNAL, { requestId });
    else res.destroy();
  }
}

/**
 * Requests node:http cannot parse (oversized headers, broken framing) get a coded JSON
 * answer like every other refusal, instead of Node's bare status line.
 */
function answerUnparsable(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) return;
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const body = JSON.stringify({
    errors: [
      {
        message:
          status === 431 ? 'The request headers are too large.' : ERRORS.BAD_REQUEST.description,
        extensions: { code: ERRORS.BAD_REQUEST.code, requestId: randomUUID() },
      },
    ],
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

function closeServer(server: Server, drainTimeout: number): Promise<void> {
  return new Promise((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), drainTimeout);
    cut.unref();
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
