import { createServer, type Server } from 'node:https';
import type { RequestListener } from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { Logger } from '../createLogger.ts';
import { checkClientCertificate } from './checkClientCertificate.ts';
import type { ServerTls } from './TlsIdentity.ts';

/**
 * An HTTPS server that serves only the allowed clients: OpenSSL refuses a handshake without a
 * client certificate or with one the CA did not sign, and each connection it lets through is
 * checked again (checkClientCertificate) and closed before any request is read when the
 * certificate is not an allowed client's. Either way the caller gets no HTTP answer at all.
 */
export function createMutualTlsServer(
  tls: ServerTls,
  log: Logger,
  listener: RequestListener,
): Server {
  const server = createServer(
    {
      ca: tls.ca,
      cert: tls.cert,
      key: tls.key,
      requestCert: true,
      rejectUnauthorized: true,
      minVersion: 'TLSv1.2',
    },
    listener,
  );
  // Prepended, so that a refused connection is closed before node:http sets it up.
  server.prependListener('secureConnection', (socket: TLSSocket) => {
    const verdict = socket.authorized
      ? checkClientCertificate(socket.getPeerX509Certificate(), tls.allowedClients)
      : { allowed: false as const, reason: 'client certificate not verified' };
    if (verdict.allowed) return;
    log.warn({ reason: verdict.reason, remote: socket.remoteAddress }, 'TLS client refused');
    socket.destroy();
  });
  server.on('tlsClientError', (error: Error & { code?: string }, socket: TLSSocket) => {
    // Node names a certificate it refused (untrusted, expired, wrong purpose) in
    // authorizationError, a string code despite its typing.
    const refused: unknown = socket.authorizationError;
    const reason = typeof refused === 'string' ? refused : error.code;
    // A missing or refused certificate is someone calling around the gateway; anything else
    // (a port scan, a health check that only opens TCP) is noise.
    const level =
      typeof refused === 'string' || /CERTIFICATE/.test(reason ?? '') ? 'warn' : 'debug';
    log[level]({ reason, remote: socket.remoteAddress }, 'TLS handshake refused');
  });
  return server;
}
