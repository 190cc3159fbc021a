import type { Identity } from '@dost/platform/roles.ts';
import type { DisclosureCollector } from './audit/DisclosureCollector.ts';
import type { RequestObservation } from './metrics/RequestObservation.ts';

/** Per-request gateway state, shared by plugins and data sources. */
export interface GatewayContext {
  readonly identity: Identity;
  /** The caller's own `x-request-id`, kept beside the gateway's for the audit record. */
  readonly correlationId: string | null;
  /** What the subgraphs disclosed, for the audit record. */
  readonly disclosure: DisclosureCollector;
  /** Epoch ms by which every subgraph call of this request must have ended. */
  readonly deadline: number;
  /** What its access-log line and metrics will say (gateway/metrics). */
  readonly observed: RequestObservation;
}
