import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { RegistryState } from './createSubgraphProbe.ts';

export interface ReadinessOptions {
  /** True once the supergraph is loaded and the server started. */
  loaded: () => boolean;
  audit: AuditWriter;
  /** Cached reachability of each subgraph. */
  registries: () => Promise<Record<string, RegistryState>>;
  /**
   * The schema registry's version of the supergraph served, null for the committed file;
   * shown as `supergraphVersion` when given. @default undefined (not shown)
   */
  supergraphVersion?: () => number | null;
}

interface Readiness {
  status: 'ready' | 'degraded' | 'not_ready';
  supergraph: 'loaded' | 'not_loaded';
  supergraphVersion?: number | null;
  audit: 'writable' | 'not_writable';
  registries: Record<string, RegistryState>;
  /** Registries that did not answer the probe. */
  degraded: string[];
}

/**
 * `/readyz`. Not ready (503) without a supergraph, without a writable audit store (every
 * disclosure would be refused), or with no registry reachable. A registry down leaves the
 * gateway `degraded` but serving (200): it still answers from the others, and taking every
 * replica out of rotation for one registry would turn a partial outage into a full one.
 */
export function createReadinessHandler(options: ReadinessOptions): RequestHandler {
  return async (req, res) => {
    if (req.url !== '/readyz') return false;
    const readiness = await check(options);
    res.statusCode = readiness.status === 'not_ready' ? 503 : 200;
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify(readiness));
    return true;
  };
}

async function check({
  loaded,
  audit,
  registries,
  supergraphVersion,
}: ReadinessOptions): Promise<Readiness> {
  const supergraph = loaded();
  const noRegistries: Record<string, RegistryState> = {};
  const [writable, states] = await Promise.all([
    audit.check(),
    supergraph ? registries() : Promise.resolve(noRegistries),
  ]);
  const degraded = Object.keys(states).filter((name) => states[name] !== 'up');
  const anyUp = Object.values(states).includes('up');
  return {
    status:
      !supergraph || !writable || !anyUp ? 'not_ready' : degraded.length > 0 ? 'degraded' : 'ready',
    supergraph: supergraph ? 'loaded' : 'not_loaded',
    ...(supergraphVersion === undefined ? {} : { supergraphVersion: supergraphVersion() }),
    audit: writable ? 'writable' : 'not_writable',
    registries: states,
    degraded,
  };
}
