/** A certificate (PEM: the leaf, then any intermediates) and its private key (PKCS#8 PEM). */
export interface CertifiedKey {
  readonly cert: string;
  readonly key: string;
}

/**
 * One end of gateway ↔ subgraph mutual TLS: its own certificate and key, and the CA
 * certificates (PEM) it trusts for the other end, in place of the system's public roots.
 */
export interface TlsIdentity extends CertifiedKey {
  readonly ca: string;
}

/** A subgraph's TLS: its server identity, and the client names it answers. */
export interface ServerTls extends TlsIdentity {
  /** Common names (or DNS subject alternative names) of the client certificates allowed in. */
  readonly allowedClients: readonly string[];
}

/** The name on the gateway's client certificate, and what subgraphs allow by default. */
export const GATEWAY_CLIENT_NAME = 'dost-gateway';
