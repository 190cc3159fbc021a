import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  defaultTextMapGetter,
  type Context,
  type Tracer,
} from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import type { Knex } from 'knex';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { GatewayCall } from '../identity/createGatewayAuthenticator.ts';
import { requestTraces, type RequestTrace } from './RequestTrace.ts';
import { traceSqlStatements } from './traceSqlStatements.ts';

/** A registry subgraph's traces: a span per request, a child span per SQL statement. */
export interface SubgraphTracing {
  /** Serves each request of `handler` with a trace holder of its own. */
  wrap(handler: RequestHandler): RequestHandler;
  /**
   * Opens the request's span once the gateway's token is verified, continuing the trace the
   * gateway signed into it (claim `tp`), else a trace of its own.
   */
  begin(call: GatewayCall): void;
  /** Detaches from the database's events. */
  stop(): void;
}

const propagator = new W3CTraceContextPropagator();

/**
 * Traces one registry subgraph over `tracer`. No context manager is installed and no module
 * is patched: the request's span reaches its statements through one AsyncLocalStorage of
 * the kit's (RequestTrace), entered only by the requests of a subgraph that traces.
 */
export function createSubgraphTracing({
  tracer,
  name,
  db,
}: {
  tracer: Tracer;
  name: string;
  db: Knex;
}): SubgraphTracing {
  const detach = traceSqlStatements(db, tracer, databaseSystemOf(db));
  return {
    wrap: (handler) => (req, res) => {
      const holder: RequestTrace = { span: null };
      return requestTraces.run(holder, async () => {
        try {
          return await handler(req, res);
        } finally {
          const { span } = holder;
          if (span !== null) {
            span.setAttribute('http.response.status_code', res.statusCode);
            if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
            span.end();
          }
        }
      });
    },
    begin(call) {
      const holder = requestTraces.getStore();
      if (holder === undefined) return;
      holder.span = tracer.startSpan(
        `subgraph ${name}`,
        { kind: SpanKind.SERVER, attributes: { 'dost.subgraph': name } },
        parentOf(call.traceparent),
      );
    },
    stop: detach,
  };
}

/** The gateway's span as the parent, from the signed value only; malformed, a new trace. */
function parentOf(traceparent: string | null): Context {
  if (traceparent === null) return ROOT_CONTEXT;
  return propagator.extract(ROOT_CONTEXT, { traceparent }, defaultTextMapGetter);
}

/** OpenTelemetry's `db.system.name` for the registry's driver. */
function databaseSystemOf(db: Knex): string {
  const client: unknown = (db.client as { config?: { client?: unknown } }).config?.client;
  return typeof client === 'string' && client.includes('sqlite') ? 'sqlite' : 'mysql';
}
