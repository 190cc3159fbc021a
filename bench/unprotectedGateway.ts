import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { decodeJwt } from 'jose';
import { DisclosureCollector } from '../gateway/audit/DisclosureCollector.ts';
import { parsePurpose } from '../gateway/admission/parsePurpose.ts';
import { createSubgraphClients } from '../gateway/datasource/createSubgraphClients.ts';
import type { GatewayContext } from '../gateway/GatewayContext.ts';
import { createGraphQLHandler } from '@dost/platform/createGraphQLHandler.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { disableVendorTelemetry, readEnv } from '@dost/platform/env.ts';
import { isFin } from '@dost/platform/fin.ts';
import { listen } from '@dost/platform/listen.ts';
import { isRole, type Identity } from '@dost/platform/roles.ts';
import { loadBenchKeys } from './benchIdentities.ts';
import { loadBenchTls } from './benchTls.ts';
import { benchSupergraphSdl } from './subgraphSdl.ts';
import { RequestObservation } from '../gateway/metrics/RequestObservation.ts';

// Configuration (b): this gateway with its protections off. The same ApolloGateway, the same
// subgraph clients (SigningDataSource: a fresh ES256 internal token per subgraph per
// request, disclosure reports collected, the keep-alive pool, call timeouts and breaker,
// with the gateway's defaults) and the same node:http adapter as (a). Off: the client token
// is only decoded, never verified; no purpose check, no audit write, no query limits or input
// validation, no introspection control, no request-id plugin, no error masking.
disableVendorTelemetry();
const env = readEnv();
const log = createLogger({ level: env.logLevel, name: 'bench-b' });
const { internalSecret } = await loadBenchKeys(env);
const subgraphs = createSubgraphClients({
  internalSecret,
  log,
  subgraphTls: await loadBenchTls(env),
});
const server = new ApolloServer<GatewayContext>({
  gateway: new ApolloGateway({
    supergraphSdl: benchSupergraphSdl(env),
    buildService: (definition) => subgraphs.buildService(definition),
    logger: log,
  }),
});
await server.start();
const handler = createGraphQLHandler<GatewayContext>({
  server,
  context: (req) =>
    Promise.resolve({
      identity: unverifiedIdentity(req),
      correlationId: null,
      disclosure: new DisclosureCollector(),
      deadline: subgraphs.deadlineFromNow(),
      observed: new RequestObservation(),
    }),
});
const listening = await listen([handler], { port: env.gatewayPort, host: env.host, log });
console.log(`unprotected gateway (b) at ${listening.url}`);
process.once('SIGTERM', () => void listening.close().then(() => process.exit(0)));

/** Who the token says the caller is, unchecked: the identity (a) would build, minus trust. */
function unverifiedIdentity(req: IncomingMessage): Identity {
  const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const claims = decodeJwt(token);
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  const role = isRole(claims['role']) ? claims['role'] : 'operator';
  return {
    actor: text(claims.sub) ?? 'anonymous',
    role,
    fin: isFin(claims['fin']) ? claims['fin'] : null,
    centre: text(claims['centre']),
    agency: text(claims['agency']),
    scopes: [],
    purpose: parsePurpose(req.headers['x-dost-purpose'], role),
    requestId: randomUUID(),
  };
}
