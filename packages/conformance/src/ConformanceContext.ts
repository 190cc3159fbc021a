import type { Identity } from '@dost/platform/roles.ts';
import type { EntitySelection } from './entitySelection.ts';
import type { SubgraphClient } from './SubgraphClient.ts';

/** What every check receives: the client, the keys to ask for, and what was learned first. */
export interface ConformanceContext {
  readonly client: SubgraphClient;
  /** Citizens the subgraph knows, for the batching check (up to 100). */
  readonly fins: readonly string[];
  /** One citizen the subgraph knows: the subject of single-key calls. */
  readonly fin: string;
  /** The subgraph's SDL from a signed `_service` call; null when it could not be read. */
  readonly sdl: string | null;
  /** What `_entities` asks of it; null without an SDL or when it does not extend Citizen. */
  readonly selection: EntitySelection | null;
  /** Whom calls are signed as: the identity its rules refuse least (or `--role`). */
  readonly identity: Identity;
  /** Why that identity: for the report. */
  readonly identityReason: string;
}
