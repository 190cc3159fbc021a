import { buildSubgraphSchema } from '@apollo/subgraph';
import { Kind, type DocumentNode } from 'graphql';
import { createSubgraphServer } from './createSubgraphServer.ts';
import { databaseAnswers } from './db/databaseAnswers.ts';
import { scalarResolvers } from './graphql/scalars.ts';
import { createHealthHandler } from './health/createHealthHandler.ts';
import { createSubgraphMetrics } from './metrics/createSubgraphMetrics.ts';
import { createSubgraphTracing } from './tracing/createSubgraphTracing.ts';
import type { RegistrySubgraph, RegistrySubgraphDefinition } from './RegistrySubgraph.ts';
import type { RuleTree } from './RuleTree.ts';
import { createPermissions } from './shield/createPermissions.ts';
import { withFederationRules } from './shield/federationRules.ts';
import { pageWrapperRules } from './shield/pageWrapperRules.ts';
import type { SubgraphContext } from './SubgraphContext.ts';
import type { SubgraphResolvers } from './SubgraphResolvers.ts';

/**
 * Declares a registry subgraph: its schema, registry, loaders, resolvers, rules and
 * migrations. The kit assembles the rest, the same for every registry: the federation
 * schema, deny-by-default rules completed with federation's plumbing and the page wrappers,
 * the shared scalars, per-request loaders and disclosure tracking, the gateway's identity on
 * every request, health endpoints that ask the database, and `/metrics` counting its SQL.
 */
export function defineRegistrySubgraph<TRegistry, TLoaders>(
  definition: RegistrySubgraphDefinition<TRegistry, TLoaders>,
): RegistrySubgraph {
  const { name, database = name, schema, migrations } = definition;
  const rules = completeRules(definition.rules, schema);
  const resolvers: SubgraphResolvers<TLoaders> = {
    ...sharedScalarsOf(schema),
    ...definition.resolvers,
  };
  return {
    name,
    database,
    schema,
    migrations,
    rules,
    create({ db, log, authenticate, tracer }) {
      const registry = definition.registry(db);
      const metrics = createSubgraphMetrics({ db });
      const tracing =
        tracer === undefined ? undefined : createSubgraphTracing({ tracer, name, db });
      const server = createSubgraphServer<TLoaders>({
        name,
        typeDefs: schema,
        resolvers,
        permissions: createPermissions<SubgraphContext<TLoaders>>(rules),
        createLoaders: () => definition.loaders(registry),
        authenticate,
        log,
        ...(tracing === undefined ? {} : { tracing }),
        requests: metrics.requests,
      });
      const health = createHealthHandler({ isReady: () => databaseAnswers(db) });
      return {
        handler: server.handler,
        handlers: [health, metrics.handler, server.handler],
        start: () => server.start(),
        async stop() {
          await server.stop();
          metrics.stop();
          tracing?.stop();
        },
      };
    },
  };
}

/** The registry's rules, over the kit's page-wrapper rules, with federation's plumbing. */
function completeRules(rules: RuleTree, schema: DocumentNode): RuleTree {
  const built = buildSubgraphSchema({ typeDefs: schema });
  return withFederationRules({ ...pageWrapperRules(built), ...rules }, built);
}

/** The shared scalars this SDL declares (`scalar FIN`, …), with the kit's implementations. */
function sharedScalarsOf(schema: DocumentNode): Partial<typeof scalarResolvers> {
  const declared = new Set(
    schema.definitions.flatMap((definition) =>
      definition.kind === Kind.SCALAR_TYPE_DEFINITION ? [definition.name.value] : [],
    ),
  );
  return Object.fromEntries(
    Object.entries(scalarResolvers).filter(([scalar]) => declared.has(scalar)),
  );
}
