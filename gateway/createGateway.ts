import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { disableVendorTelemetry } from '../platform/env.ts';
import { createGraphQLHandler, type RequestHandler } from '../platform/createGraphQLHandler.ts';
import { DisclosureCollector } from './audit/DisclosureCollector.ts';
import { createClientAuthenticator } from './auth/createClientAuthenticator.ts';
import type { GatewayConfig } from './config.ts';
import { SigningDataSource } from './datasource/SigningDataSource.ts';
import type { GatewayContext } from './GatewayContext.ts';
import { createHealthHandler } from './createHealthHandler.ts';
import { useAudit } from './plugins/useAudit.ts';
import { useIntrospectionControl } from './plugins/useIntrospectionControl.ts';
import { useInputValidation } from './plugins/useInputValidation.ts';
import { usePurpose } from './plugins/usePurpose.ts';
import { useRequestId } from './plugins/useRequestId.ts';
import { createPlayground } from './playground/createPlayground.ts';
import { maskError } from '../platform/maskError.ts';

export interface Gateway {
  /** HTTP handlers in the order they must be tried; serve them with `listen`. */
  readonly handlers: readonly RequestHandler[];
  readonly server: ApolloServer<GatewayContext>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the one-window gateway over the committed supergraph. */
export function createGateway(config: GatewayConfig): Gateway {
  const { supergraphSdl, subgraphUrls = {}, internalKey, log } = config;
  disableVendorTelemetry();
  const gateway = new ApolloGateway({
    // Query plans name internal services; never hand them to a client on request.
    __exposeQueryPlanExperimental: false,
    supergraphSdl,
    buildService: ({ name, url }) =>
      new SigningDataSource({ name, url: subgraphUrls[name] ?? url ?? '', key: internalKey }),
    logger: log.child({ component: 'apollo-gateway' }),
  });
  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    formatError: (formatted, error) => maskError(formatted, error, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      useIntrospectionControl(),
      useInputValidation(),
      usePurpose(),
      // Registered after the others so it sees their errors; the id tags everything.
      useAudit({ writer: config.audit, log }),
      useRequestId(),
    ],
  });
  const authenticate = createClientAuthenticator(config.clientAuth);
  const graphql = createGraphQLHandler<GatewayContext>({
    server,
    bodyLimit: config.bodyLimit,
    context: async (req) => ({
      identity: await authenticate(req),
      internalTokens: new Map(),
      disclosure: new DisclosureCollector(),
    }),
  });
  const playground = config.playground === false ? null : createPlayground(config.playground);
  const handlers = [createHealthHandler(), ...(playground ? [playground.handle] : []), graphql];
  return { handlers, server, start: () => server.start(), stop: () => server.stop() };
}
