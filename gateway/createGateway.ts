import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { disableVendorTelemetry } from '../platform/env.ts';
import { createGraphQLHandler, type RequestHandler } from '../platform/createGraphQLHandler.ts';
import { DisclosureCollector } from './audit/DisclosureCollector.ts';
import { createAdmission } from './auth/createAdmission.ts';
import { createClientAuthenticator } from './auth/createClientAuthenticator.ts';
import type { GatewayConfig } from './config.ts';
import { createSubgraphClients } from './datasource/createSubgraphClients.ts';
import type { GatewayContext } from './GatewayContext.ts';
import { createHealthHandler } from './health/createHealthHandler.ts';
import { createReadinessHandler } from './health/createReadinessHandler.ts';
import { createSubgraphProbe } from './health/createSubgraphProbe.ts';
import { subgraphEndpoints } from './health/subgraphEndpoints.ts';
import { createQueryBounds } from './limits/createQueryBounds.ts';
import { DEFAULT_QUERY_LIMITS } from './limits/QueryLimits.ts';
import { recodeLimitError } from './limits/recodeLimitError.ts';
import { createRateLimiter } from './rateLimit/createRateLimiter.ts';
import { useAudit } from './audit/useAudit.ts';
import { useIntrospectionControl } from './plugins/useIntrospectionControl.ts';
import { useRefusalStatus } from './plugins/useRefusalStatus.ts';
import { useInputValidation } from './plugins/useInputValidation.ts';
import { usePurpose } from './plugins/usePurpose.ts';
import { useServableOperation } from './plugins/useServableOperation.ts';
import { createPlayground } from './playground/createPlayground.ts';
import { maskError } from '../platform/maskError.ts';
import { useRequestIds } from '../platform/requestId/useRequestIds.ts';

export interface Gateway {
  /** HTTP handlers in the order they must be tried; serve them with `listen`. */
  readonly handlers: readonly RequestHandler[];
  readonly server: ApolloServer<GatewayContext>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the one-window gateway over the committed supergraph. */
export function createGateway(config: GatewayConfig): Gateway {
  const { supergraphSdl, log } = config;
  disableVendorTelemetry();
  const subgraphs = createSubgraphClients(config);
  const gateway = new ApolloGateway({
    // Query plans name internal services; never hand them to a client on request.
    __exposeQueryPlanExperimental: false,
    supergraphSdl,
    buildService: (definition) => subgraphs.buildService(definition),
    logger: log.child({ component: 'apollo-gateway' }),
  });
  const bounds = createQueryBounds({ ...DEFAULT_QUERY_LIMITS, ...config.limits });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // No "Did you mean …?" hints in validation errors: they map the schema for a prober.
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: bounds.parseOptions,
    validationRules: bounds.validationRules,
    formatError: (formatted, error) => maskError(recodeLimitError(formatted, error), error, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      useServableOperation(),
      useIntrospectionControl(),
      useInputValidation(),
      usePurpose(),
      // Registered after the others so it sees their errors; the id tags everything.
      useAudit({ writer: config.audit, log }),
      useRequestIds((context) => context.identity.requestId),
      useRefusalStatus(),
    ],
  });
  const admit = createAdmission({
    authenticate: createClientAuthenticator(config.clientAuth),
    limiter: config.rateLimit === false ? null : createRateLimiter(config.rateLimit),
  });
  const graphql = createGraphQLHandler<GatewayContext>({
    server,
    bodyLimit: config.bodyLimit,
    context: async (req, { requestId, correlationId }) => ({
      identity: await admit(req, requestId),
      correlationId,
      disclosure: new DisclosureCollector(),
      deadline: subgraphs.deadlineFromNow(),
    }),
  });
  const playground = config.playground === false ? null : createPlayground(config.playground);
  let loaded = false;
  const readiness = createReadinessHandler({
    loaded: () => loaded,
    audit: config.audit,
    registries: createSubgraphProbe({
      endpoints: subgraphEndpoints(supergraphSdl, config.subgraphUrls),
    }),
  });
  const handlers = [
    createHealthHandler(),
    readiness,
    ...(playground ? [playground.handle] : []),
    graphql,
  ];
  const stop = async () => {
    await server.stop();
    await subgraphs.close();
  };
  const start = async () => {
    await server.start();
    loaded = true;
  };
  return { handlers, server, start, stop };
}
