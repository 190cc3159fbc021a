import type { CryptoKey, KeyObject } from 'jose';
import type { AuditWriter } from '../platform/audit/createAuditWriter.ts';
import type { Logger } from '../platform/createLogger.ts';
import type { ClientAuthOptions } from './auth/createClientAuthenticator.ts';
import type { PlaygroundOptions } from './playground/createPlayground.ts';

/** Everything `createGateway` needs; fields with defaults may be left out. */
export interface GatewayConfig {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Subgraph URLs by name, overriding the supergraph's routing URLs. */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** How client tokens are verified. */
  clientAuth: ClientAuthOptions;
  /** The gateway's own private key for the identity it forwards to subgraphs. */
  internalKey: CryptoKey | KeyObject;
  log: Logger;
  /** Where disclosures are recorded before any response leaves (fail-closed). */
  audit: AuditWriter;
  /** Largest request body in bytes. @default 102_400 */
  bodyLimit?: number;
  /** The offline playground at GET /graphql; `false` turns it off. @default {} */
  playground?: PlaygroundOptions | false;
}

/** Identity function that gives a config file its types. */
export function defineGatewayConfig(config: GatewayConfig): GatewayConfig {
  return config;
}
