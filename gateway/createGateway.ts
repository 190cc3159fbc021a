import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createGraphQLHandler, type RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { disableVendorTelemetry } from '@dost/platform/env.ts';
import { maskError } from '@dost/platform/maskError.ts';
import { useRequestIds } from '@dost/platform/requestId/useRequestIds.ts';
import { useRefusalStatus } from '@dost/platform/useRefusalStatus.ts';
import { createAdmission } from './admission/createAdmission.ts';
import { createClientAuthenticator } from './admission/createClientAuthenticator.ts';
import { createRateLimiter } from './admission/createRateLimiter.ts';
import { SERVICE_DESK } from './admission/askServiceDesk.ts';
import { createCaseLookup } from './admission/createCaseLookup.ts';
import { useCaseBinding } from './admission/useCaseBinding.ts';
import { createConsentLookup } from './admission/createConsentLookup.ts';
import { useConsentCheck } from './admission/useConsentCheck.ts';
import { usePurpose } from './admission/usePurpose.ts';
import { DisclosureCollector } from './audit/DisclosureCollector.ts';
import { createDocumentPreparation } from './documents/createDocumentPreparation.ts';
import { createTrustedDocuments } from './documents/createTrustedDocuments.ts';
import { createRequiredFields } from './audit/createRequiredFields.ts';
import { useDocumentWork } from './documents/useDocumentWork.ts';
import { useAudit } from './audit/useAudit.ts';
import type { GatewayConfig } from './config.ts';
import { createSubgraphClients } from './datasource/createSubgraphClients.ts';
import { reuseExecutionOperations } from './execution/reuseExecutionOperations.ts';
import { refusePlainSubgraphs } from './datasource/refusePlainSubgraphs.ts';
import type { GatewayContext } from './GatewayContext.ts';
import { createHealthHandler } from './health/createHealthHandler.ts';
import { createReadinessHandler } from './health/createReadinessHandler.ts';
import { createSubgraphProbe } from './health/createSubgraphProbe.ts';
import { subgraphEndpoints } from './health/subgraphEndpoints.ts';
import { createQueryBounds } from './limits/createQueryBounds.ts';
import { DEFAULT_QUERY_LIMITS } from './limits/QueryLimits.ts';
import { recodeLimitError } from './limits/recodeLimitError.ts';
import { useInputValidation } from './limits/useInputValidation.ts';
import { useIntrospectionControl } from './limits/useIntrospectionControl.ts';
import { useServableOperation } from './limits/useServableOperation.ts';
import { createGatewayMetrics, type GatewayMetrics } from './metrics/createGatewayMetrics.ts';
import { observationOf } from './metrics/observations.ts';
import { observeAdmission } from './metrics/observeAdmission.ts';
import { observeRefusal } from './metrics/observeRefusal.ts';
import { observeRequests } from './metrics/observeRequests.ts';
import { useRequestObservation } from './metrics/useRequestObservation.ts';
import { createPlayground } from './playground/createPlayground.ts';
import { createAppHandler } from './app/createAppHandler.ts';
import { createRegistrySupergraph } from './supergraph/createRegistrySupergraph.ts';
import { traceRequests } from './tracing/traceRequests.ts';
import { useTraceIds } from './tracing/useTraceIds.ts';

export interface Gateway {
  /** HTTP handlers in the order they must be tried; serve them with `listen`. */
  readonly handlers: readonly RequestHandler[];
  readonly server: ApolloServer<GatewayContext>;
  /** What it records; serve `metrics.registry` apart from `handlers` (createMetricsHandler). */
  readonly metrics: GatewayMetrics;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Builds the one-window gateway over the committed supergraph, or over the schema registry's
 * newest one, reloaded while serving (config.schemaRegistry). It reads as the request path,
 * in order: admission (who asks, and why) → limits (what may be asked) → plan → signed calls
 * to the subgraphs → the audit record → the answer's edge (ids, statuses, masking).
 */
export function createGateway(config: GatewayConfig): Gateway {
  const { supergraphSdl, log } = config;
  const metrics = config.metrics ?? createGatewayMetrics();
  disableVendorTelemetry();
  // Before anything else: production never calls a subgraph in clear text. Every supergraph
  // the schema registry hands over later passes the same check, or is not served.
  const vet = (sdl: string) => {
    const found = subgraphEndpoints(sdl, config.subgraphUrls);
    if (config.refusePlainSubgraphs === true) refusePlainSubgraphs(found);
    return found;
  };
  const endpoints = vet(supergraphSdl);
  const live =
    config.schemaRegistry === undefined
      ? null
      : createRegistrySupergraph({
          ...config.schemaRegistry,
          fallbackSdl: supergraphSdl,
          vet,
          log,
        });

  // 1. Admission, before any GraphQL work: rate limits, the client token, then the purpose.
  const admit = observeAdmission(
    createAdmission({
      authenticate: createClientAuthenticator(config.clientAuth),
      limiter:
        config.rateLimit === false ? null : createRateLimiter(config.rateLimit, metrics.rateLimits),
    }),
  );

  // 2. Limits: parse and validation bounds; the plugins below refuse what cannot be served.
  const bounds = createQueryBounds({ ...DEFAULT_QUERY_LIMITS, ...config.limits });

  // Trusted documents: an id becomes its manifest document before anything else reads the
  // request; roles limited to ids are refused text once admitted. Each manifest document is
  // parsed, validated and planned when the manifest or the schema changes, into the stores
  // Apollo Server and the gateway read, so a request by id does none of that work.
  const observeWork = config.observeDocumentWork;
  const preparation = createDocumentPreparation({
    checks: bounds,
    log,
    ...(observeWork === undefined ? {} : { observe: observeWork }),
  });
  const documents = createTrustedDocuments(config.documents ?? {}, {
    checks: bounds,
    log,
    preparation,
  });

  // 3. Plan and 4. call: each subgraph call signed for its body, time-limited, circuit-broken.
  // A repeated operation's executable form is built once, as its plan is.
  reuseExecutionOperations();
  const subgraphs = createSubgraphClients(config, metrics.subgraphCalls);
  const gateway = new ApolloGateway({
    // Query plans name internal services; never hand them to a client on request.
    __exposeQueryPlanExperimental: false,
    // Reloads build their new subgraphs' sources with the same buildService as the others.
    supergraphSdl: live?.manager ?? supergraphSdl,
    buildService: (definition) => subgraphs.buildService(definition),
    logger: log.child({ component: 'apollo-gateway' }),
    // Cleared by the gateway on every schema change; refilled by documents.schemaChanged.
    queryPlannerConfig: { cache: preparation.queryPlanStore },
  });
  // The gateway's own source for the service desk, for the case a purpose cites: signed and
  // time-limited as every call of the request is.
  const serviceDesk = subgraphs.buildService({
    name: SERVICE_DESK,
    url: endpoints[SERVICE_DESK] ?? '',
  });
  const caseLookup = createCaseLookup(serviceDesk);
  // The same source for the consents a partner's read needs.
  const consentLookup = createConsentLookup(serviceDesk);
  gateway.onSchemaLoadOrUpdate((served) => documents.schemaChanged(served));
  const requiredFields = createRequiredFields();
  gateway.onSchemaLoadOrUpdate(({ apiSchema, coreSupergraphSdl }) =>
    requiredFields.schemaChanged(apiSchema, coreSupergraphSdl),
  );

  const server = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    // The entry point owns shutdown (onShutdown): Apollo's own SIGTERM handler would stop
    // the server and re-raise the signal, killing the process before the audit writer is
    // flushed and the final audit checkpoint is written.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // No automatic persisted queries: a hash registered in one replica's memory is unknown to
    // the next. Documents by id come from the trusted manifest alone (documents/).
    persistedQueries: false,
    documentStore: preparation.documentStore,
    csrfPrevention: true,
    // No "Did you mean …?" hints in validation errors: they map the schema for a prober.
    hideSchemaDetailsFromClientErrors: true,
    parseOptions: bounds.parseOptions,
    validationRules: bounds.validationRules,
    formatError: (formatted, error) => maskError(recodeLimitError(formatted, error), error, log),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // Limits and purpose, once the operation is known; the first refusal wins.
      useServableOperation(),
      useIntrospectionControl(),
      useInputValidation(),
      usePurpose(),
      useCaseBinding(caseLookup),
      useConsentCheck(consentLookup),
      // 5. The audit record, committed before anything leaves; after the plugins above, so
      // it sees their refusals too.
      useAudit({ writer: config.audit, log, requiredFields }),
      // 6. The edge: every answer carries the request id and a status that says what it is.
      useRequestIds((context) => context.identity.requestId),
      // Trace ids exist only when requests are traced; untraced, the plugin has nothing to add.
      ...(config.tracer === undefined ? [] : [useTraceIds()]),
      useRefusalStatus(),
      // 7. What the access log and the metrics say of it, read once the answer is final.
      useRequestObservation(),
      ...(observeWork === undefined ? [] : [useDocumentWork(observeWork)]),
    ],
  });

  const graphql = createGraphQLHandler<GatewayContext>({
    server,
    bodyLimit: config.bodyLimit,
    ...(config.cors === undefined ? {} : { cors: config.cors }),
    ...(config.compression === undefined ? {} : { compression: config.compression }),
    resolveDocument: documents.resolve,
    // A refusal before execution (401, 403, 429, bad body, unknown document) never reaches
    // the plugins; its code is the access log's outcome and its errors name the trace.
    onRefusal: observeRefusal,
    context: async (req, { requestId, correlationId, documentId }) => {
      const observed = observationOf(req);
      observed.documentId = documentId;
      const identity = await admit(req, requestId);
      documents.admit(identity.role, documentId);
      return {
        identity,
        correlationId,
        disclosure: new DisclosureCollector(),
        deadline: subgraphs.deadlineFromNow(),
        observed,
      };
    },
  });
  metrics.watchSupergraph(() => live?.version() ?? null);
  const playground = config.playground === false ? null : createPlayground(config.playground);
  let loaded = false;
  const readiness = createReadinessHandler({
    loaded: () => loaded,
    audit: config.audit,
    registries: createSubgraphProbe({
      endpoints: () => live?.endpoints() ?? endpoints,
      dispatcher: subgraphs.dispatcher,
    }),
    supergraphVersion: () => live?.version() ?? null,
  });
  const handlers = [
    createHealthHandler(),
    readiness,
    ...(playground ? [playground.handle] : []),
    ...(config.app === undefined ? [] : [createAppHandler(config.app)]),
    // Untraced, no wrapper at all: not even a no-op span per request.
    observeRequests(config.tracer === undefined ? graphql : traceRequests(graphql, config.tracer), {
      metrics,
      accessLog:
        config.accessLog === false
          ? null
          : (config.accessLog ?? log.child({ component: 'access' })),
    }),
  ];
  const stop = async () => {
    await server.stop();
    await documents.stop();
    await subgraphs.close();
  };
  const start = async () => {
    await Promise.all([server.start(), documents.ready()]);
    loaded = true;
  };
  return { handlers, server, metrics, start, stop };
}
