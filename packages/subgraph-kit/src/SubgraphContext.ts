import type { Logger } from '@dost/platform/createLogger.ts';
import type { Identity } from '@dost/platform/roles.ts';
import type { DisclosureLog } from './disclosure/DisclosureLog.ts';

/** What every resolver and rule of a registry subgraph receives, built fresh per request. */
export interface SubgraphContext<TLoaders> {
  /** This subgraph's name, e.g. `pensions`: the `registry` of its REGISTRY_UNAVAILABLE errors. */
  readonly subgraph: string;
  readonly identity: Identity;
  /** Per-request DataLoaders: never shared between callers, so no cache crosses users. */
  readonly loaders: TLoaders;
  readonly log: Logger;
  /** What this request disclosed, reported to the gateway for the audit trail. */
  readonly disclosure: DisclosureLog;
}
