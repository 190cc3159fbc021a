import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type { DocumentNode } from 'graphql';
import { applyMiddleware, type IMiddlewareGenerator } from 'graphql-middleware';
import type { Logger } from '@dost/platform/createLogger.ts';
import { createGraphQLHandler, type RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { DisclosureLog } from './disclosure/DisclosureLog.ts';
import { reportDisclosure } from './disclosure/reportDisclosure.ts';
import { trackDisclosure } from './disclosure/trackDisclosure.ts';
import { maskError } from '@dost/platform/maskError.ts';
import { useRequestIds } from '@dost/platform/requestId/useRequestIds.ts';
import { noStoreResponses } from './noStoreResponses.ts';
import { createRequestLog } from './logging/createRequestLog.ts';
import { RequestContext } from './RequestContext.ts';
import type { Authenticator } from './identity/createGatewayAuthenticator.ts';
import type { SubgraphContext } from './SubgraphContext.ts';
import type { SubgraphTracing } from './tracing/createSubgraphTracing.ts';
import { nameRequestSpans } from './tracing/nameRequestSpans.ts';
import type { SubgraphRequestObserver } from './metrics/observeSubgraphRequests.ts';

export interface SubgraphServerOptions<TLoaders> {
  /** Subgraph name, used in logs. */
  name: string;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<TLoaders>>;
  /** The registry's graphql-shield rules, from `createPermissions`. */
  permissions: IMiddlewareGenerator<unknown, SubgraphContext<TLoaders>, unknown>;
  /** Builds fresh DataLoaders; called once per request. */
  createLoaders: () => TLoaders;
  authenticate: Authenticator;
  log: Logger;
  /** Extra Apollo Server plugins (e.g. statement counting in tests). */
  plugins?: ApolloServerPlugin<SubgraphContext<TLoaders>>[];
  /** Spans for each request and its SQL (createSubgraphTracing). @default undefined (none) */
  tracing?: SubgraphTracing;
  /** Counts and times requests by outcome (metrics/). @default undefined (none) */
  requests?: SubgraphRequestObserver;
}

export interface SubgraphServer<TLoaders> {
  readonly server: ApolloServer<SubgraphContext<TLoaders>>;
  /** Serves `/graphql`; mount it with `listen`. Call `start()` first. */
  readonly handler: RequestHandler;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds a registry subgraph: federation schema, deny-by-default rules, per-request loaders. */
export function createSubgraphServer<TLoaders>(
  options: SubgraphServerOptions<TLoaders>,
): SubgraphServer<TLoaders> {
  const { name, typeDefs, resolvers, permissions, createLoaders, authenticate, log } = options;
  const { tracing, requests } = options;
  // The federation typings fix the resolver context to `unknown`; ours is typed per registry.
  const anyContextResolvers = resolvers as GraphQLResolverMap<unknown>;
  const schema = applyMiddleware<unknown, SubgraphContext<TLoaders>, unknown>(
    buildSubgraphSchema({ typeDefs, resolvers: anyContextResolvers }),
    permissions,
    trackDisclosure<SubgraphContext<TLoaders>>(),
  );
  const server = new ApolloServer<SubgraphContext<TLoaders>>({
    schema,
    introspection: false,
    // onShutdown drains the HTTP server, then closes the database: Apollo's own signal
    // handler would re-raise the signal and end the process before the pool is closed.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, log),
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      noStoreResponses(),
      reportDisclosure(),
      useRequestIds((context) => context.identity.requestId),
      ...(requests === undefined ? [] : [requests.plugin]),
      ...(tracing === undefined ? [] : [nameRequestSpans<SubgraphContext<TLoaders>>()]),
      ...(options.plugins ?? []),
    ],
  });
  const graphql = createGraphQLHandler({
    server,
    context: async (req, { body }) => {
      const call = await authenticate(req, body);
      tracing?.begin(call);
      const { identity } = call;
      const context = new RequestContext<TLoaders>({
        subgraph: name,
        identity,
        loaders: createLoaders(),
        disclosure: new DisclosureLog(),
        // Made only when a rule or resolver logs.
        requestLog: createRequestLog(log, { subgraph: name, requestId: identity.requestId }),
      });
      requests?.attach(req, context);
      return context;
    },
  });
  const traced = tracing === undefined ? graphql : tracing.wrap(graphql);
  const handler = requests === undefined ? traced : requests.wrap(traced);
  return { server, handler, start: () => server.start(), stop: () => server.stop() };
}
