import type { Identity } from '../platform/roles.ts';

/** Per-request gateway state, shared by plugins and data sources. */
export interface GatewayContext {
  readonly identity: Identity;
  /** Internal tokens already signed in this request, per subgraph. */
  readonly internalTokens: Map<string, Promise<string>>;
}
