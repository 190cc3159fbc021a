import type { Tracer } from '@opentelemetry/api';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { GatewayMetrics } from './metrics/createGatewayMetrics.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import type { CompressionOptions } from '@dost/platform/compressBody.ts';
import type { CorsOptions } from '@dost/platform/cors.ts';
import type { TrustedDocumentsOptions } from './documents/createTrustedDocuments.ts';
import type { DocumentWork } from './documents/createDocumentPreparation.ts';
import type { ClientAuthOptions } from './admission/createClientAuthenticator.ts';
import type { BreakerOptions } from './datasource/createSubgraphBreaker.ts';
import type { QueryLimits } from './limits/QueryLimits.ts';
import type { PlaygroundOptions } from './playground/createPlayground.ts';
import type { AppOptions } from './app/createAppHandler.ts';
import type { RateLimitOptions } from './admission/RateLimitOptions.ts';
import type { SupergraphReader } from '@dost/schema-registry';

/** Everything `createGateway` needs; fields with defaults may be left out. */
export interface GatewayConfig {
  /** The composed supergraph (schema/supergraph.graphql); with `schemaRegistry`, the fallback. */
  supergraphSdl: string;
  /**
   * Serve the schema registry's newest supergraph and poll it every `pollMs` for a newer
   * one, reloaded while serving; `supergraphSdl` is served while it holds none.
   * @default undefined (supergraphSdl until restart)
   */
  schemaRegistry?: { readonly registry: SupergraphReader; readonly pollMs: number };
  /** Subgraph URLs by name, overriding the supergraph's routing URLs. */
  subgraphUrls?: Readonly<Record<string, string>>;
  /** How client tokens are verified. */
  clientAuth: ClientAuthOptions;
  /**
   * The gateway's secret for the identity it forwards to subgraphs: each call carries a MAC
   * with the call key derived from it for that subgraph (deriveInternalCallKey).
   */
  internalSecret: InternalCallKey;
  log: Logger;
  /**
   * The Prometheus metrics it records to (served by index.ts on DOST_METRICS_PORT); pass
   * the ones the audit writer reports to. @default a registry of its own
   */
  metrics?: GatewayMetrics;
  /**
   * Traces each request, its subgraph calls (the subgraphs continue them, from the signed
   * token) into an exporter (createTracerProvider). @default undefined (the no-op tracer)
   */
  tracer?: Tracer;
  /** One structured line per GraphQL request; `false` writes none. @default log.child({ component: 'access' }) */
  accessLog?: Logger | false;
  /** Where disclosures are recorded before any response leaves (fail-closed). */
  audit: AuditWriter;
  /** Largest request body in bytes. @default 102_400 */
  bodyLimit?: number;
  /** The offline playground at GET /graphql; `false` turns it off. @default {} */
  playground?: PlaygroundOptions | false;
  /** The reference one-window app's build, served at /app/. @default undefined (not served) */
  app?: AppOptions;
  /** Bounds checked before planning; each field left out keeps its default (QueryLimits). */
  limits?: Partial<QueryLimits>;
  /** Per-principal and per-address rate limits; `false` turns them off (benchmarks). @default {} */
  rateLimit?: RateLimitOptions | false;
  /** Longest one subgraph call may take before it is aborted. @default 2_000 */
  subgraphTimeoutMs?: number;
  /** Time from a request's start by which all its subgraph calls must have ended. @default 5_000 */
  requestDeadlineMs?: number;
  /** Per-subgraph circuit breaker. @default {} (see BreakerOptions for each default) */
  subgraphBreaker?: BreakerOptions;
  /** Most keep-alive connections to each subgraph. @default 64 */
  subgraphConnections?: number;
  /** Idle time after which a keep-alive connection to a subgraph is closed. @default 10_000 */
  subgraphKeepAliveMs?: number;
  /**
   * Mutual TLS to https:// subgraphs: the gateway's client certificate and key, and the CA the
   * subgraphs' server certificates must chain to. @default undefined (no client certificate)
   */
  subgraphTls?: TlsIdentity;
  /**
   * Refuse to build the gateway when any subgraph, by `subgraphUrls` or the supergraph's
   * routing URLs, is at a plain http:// URL (production, unless DOST_ALLOW_PLAIN_SUBGRAPHS).
   * @default false
   */
  refusePlainSubgraphs?: boolean;
  /** Browser apps on other origins (DOST_CORS_ORIGINS). @default { origins: [] } (none) */
  cors?: CorsOptions;
  /** gzip/br compression of GraphQL answers; `false` turns it off. @default {} */
  compression?: CompressionOptions | false;
  /**
   * Trusted documents: the manifest served by id, and which roles may send other operations.
   * @default the committed manifest, every role free-form (development)
   */
  documents?: TrustedDocumentsOptions;
  /**
   * Hears each parse, validation and query plan a request makes (none for a prepared trusted
   * document): for tests and diagnostics. @default undefined (not observed)
   */
  observeDocumentWork?: (work: DocumentWork) => void;
}

/** Identity function that gives a config file its types. */
export function defineGatewayConfig(config: GatewayConfig): GatewayConfig {
  return config;
}
