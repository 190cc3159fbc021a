import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner, type QueryPlan, type QueryPlanCache } from '@apollo/query-planner';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { DocumentManifest } from '@dost/schema-registry';
import { createPinnedCache, type PinnedCache } from './createPinnedCache.ts';
import type { DocumentChecks } from './loadManifest.ts';
import { prepareManifest, type Planning } from './prepareManifest.ts';

/** A step of the work a request does on its document when no cache holds the result. */
export type DocumentWork = 'parse' | 'validate' | 'plan';

/** The served schema, as @apollo/gateway hands it to onSchemaLoadOrUpdate listeners. */
export interface ServedSchema {
  readonly apiSchema: GraphQLSchema;
  readonly coreSupergraphSdl: string;
}

/** The stores Apollo Server and the gateway are given, kept filled with the manifest's work. */
export interface DocumentPreparation {
  /** For ApolloServer's `documentStore`. */
  readonly documentStore: PinnedCache<DocumentNode>;
  /** For ApolloGateway's `queryPlannerConfig.cache`; the gateway clears it on a schema change. */
  readonly queryPlanStore: QueryPlanCache;
  /** Pins `manifest`'s parsed, validated and planned documents for `served`, replacing any. */
  prepare(manifest: DocumentManifest, served: ServedSchema): void;
}

/**
 * Keeps the manifest's documents parsed, validated and planned in the stores Apollo reads,
 * so that a request by id does none of that work. Called on every manifest load and every
 * schema change (plans depend on the supergraph); other documents share a bounded LRU.
 * `observe` hears each plan store miss (a plan the request then makes; useDocumentWork hears
 * the parses and validations), for tests and diagnostics.
 */
export function createDocumentPreparation({
  checks,
  log,
  observe,
}: {
  checks: DocumentChecks;
  log: Logger;
  observe?: (work: DocumentWork) => void;
}): DocumentPreparation {
  const documentStore = createPinnedCache<DocumentNode>();
  const plans = createPinnedCache<QueryPlan>();
  let planning: (Planning & { readonly sdl: string }) | null = null;
  const planningFor = (sdl: string): Planning => {
    if (planning?.sdl !== sdl) {
      const supergraph = Supergraph.build(sdl);
      planning = { sdl, supergraph, planner: new QueryPlanner(supergraph) };
    }
    return planning;
  };
  const queryPlanStore: QueryPlanCache = {
    get: async (key) => {
      const plan = await plans.get(key);
      if (plan === undefined) observe?.('plan');
      return plan;
    },
    set: (key, value, options) => plans.set(key, value, options),
    delete: (key) => plans.delete(key),
    clear: () => plans.clear(),
  };
  return {
    documentStore,
    queryPlanStore,
    prepare(manifest, { apiSchema, coreSupergraphSdl }) {
      const started = performance.now();
      const prepared = prepareManifest({
        manifest,
        schema: apiSchema,
        planning: planningFor(coreSupergraphSdl),
        checks,
      });
      // Documents keyed for an older schema can never be hit again.
      documentStore.clear();
      documentStore.pin(prepared.documents);
      plans.pin(prepared.plans);
      log.info(
        {
          documents: Object.keys(manifest).length,
          prepared: prepared.documents.size,
          plans: prepared.plans.size,
          ms: Math.round(performance.now() - started),
        },
        'trusted documents parsed, validated and planned',
      );
    },
  };
}
