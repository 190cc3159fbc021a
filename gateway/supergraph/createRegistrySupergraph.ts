import type { SupergraphManager, SupergraphSdlUpdateFunction } from '@apollo/gateway';
import type { Logger } from '@dost/platform/createLogger.ts';
import {
  SCHEMA_REGISTRY_ERRORS,
  type SupergraphReader,
  type SupergraphRecord,
} from '@dost/schema-registry';

export interface RegistrySupergraphOptions {
  /** Where published supergraphs are read. */
  registry: SupergraphReader;
  /** Served while the registry holds no supergraph that loads (the committed file). */
  fallbackSdl: string;
  /** Time between two polls of the registry. */
  pollMs: number;
  /**
   * The gateway's own checks on a supergraph before it is served (subgraphs in clear text in
   * production, …): throws to refuse it, else returns its subgraphs' URLs by name.
   */
  vet: (supergraphSdl: string) => Readonly<Record<string, string>>;
  log: Logger;
}

/** A supergraph that follows the schema registry while the gateway serves. */
export interface RegistrySupergraph {
  /** ApolloGateway's `supergraphSdl`. */
  readonly manager: SupergraphManager;
  /** The registry version being served; null while the fallback is. */
  version(): number | null;
  /** The served supergraph's subgraphs and the URLs the gateway calls them at. */
  endpoints(): Readonly<Record<string, string>>;
}

interface Served {
  readonly version: number | null;
  readonly endpoints: Readonly<Record<string, string>>;
}

/**
 * Starts from the newest registry supergraph that loads (else the fallback), then polls the
 * registry every `pollMs` and hands a newer version to the gateway's `update`. A version that
 * fails the gateway's checks or does not load is logged once and skipped; the one served stays.
 * A registry that cannot be read is logged and the served supergraph kept, as Apollo Uplink
 * and Hive Gateway do.
 *
 * `healthCheck` is not used: subgraphs answer only calls signed for a caller, and /readyz
 * probes them anyway.
 */
export function createRegistrySupergraph(options: RegistrySupergraphOptions): RegistrySupergraph {
  const { registry, fallbackSdl, pollMs, vet, log } = options;
  const reloadLog = log.child({ component: 'supergraph' });
  let served: Served = { version: null, endpoints: vet(fallbackSdl) };
  let rejected: number | null = null;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> = Promise.resolve();

  /** Vets and loads one version; false (logged) when it cannot be served. */
  const serve = (record: SupergraphRecord, update: SupergraphSdlUpdateFunction): boolean => {
    try {
      const endpoints = vet(record.supergraphSdl);
      // Synchronous: it builds the schema and query planner, or throws and changes nothing.
      update(record.supergraphSdl);
      const previous = served.version;
      served = { version: record.version, endpoints };
      const subgraphs = Object.keys(endpoints);
      reloadLog.info(
        { version: record.version, previous, sha256: record.sha256, subgraphs },
        'supergraph loaded',
      );
      return true;
    } catch (error) {
      // The newest refused: the start walks back through older ones, which polls never see.
      if (rejected === null || record.version > rejected) rejected = record.version;
      const { code, description } = SCHEMA_REGISTRY_ERRORS.SUPERGRAPH_REJECTED;
      reloadLog.error(
        { code, version: record.version, serving: served.version, err: error },
        description,
      );
      return false;
    }
  };

  const poll = async (update: SupergraphSdlUpdateFunction) => {
    try {
      const latest = await registry.latestVersion();
      if (latest === null || latest === served.version || latest === rejected) return;
      const record = await registry.latestSupergraph();
      // Checked after each wait: the gateway refuses `update` once it is stopping.
      if (record !== null && record.version !== served.version && !stopped) serve(record, update);
    } catch (error) {
      const { code, description } = SCHEMA_REGISTRY_ERRORS.REGISTRY_UNREADABLE;
      reloadLog.warn({ code, serving: served.version, err: error }, description);
    }
  };

  const schedule = (update: SupergraphSdlUpdateFunction) => {
    if (stopped) return;
    timer = setTimeout(() => {
      polling = poll(update).finally(() => schedule(update));
    }, pollMs);
    // Polling alone never keeps the process alive.
    timer.unref();
  };

  const manager: SupergraphManager = {
    async initialize({ update }) {
      // Newest first: a version that does not load must not keep a new replica from starting.
      let below: number | undefined;
      for (;;) {
        const record = await registry.latestSupergraph(below === undefined ? {} : { below });
        if (record === null) break;
        if (serve(record, update)) {
          schedule(update);
          return { supergraphSdl: record.supergraphSdl, cleanup };
        }
        below = record.version;
      }
      const why = below === undefined ? 'the registry is empty' : 'no registry version loads';
      reloadLog.info({ version: null }, `${why}; serving the committed supergraph`);
      schedule(update);
      return { supergraphSdl: fallbackSdl, cleanup };
    },
  };

  async function cleanup(): Promise<void> {
    stopped = true;
    clearTimeout(timer);
    await polling;
  }

  return { manager, version: () => served.version, endpoints: () => served.endpoints };
}
