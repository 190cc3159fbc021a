import { SpanKind, SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { operationLabel } from '../metrics/labels.ts';
import { observationOf } from '../metrics/observations.ts';
import type { RequestObservation } from '../metrics/RequestObservation.ts';
import { setRequestSpan } from './requestSpans.ts';

/**
 * Wraps the GraphQL handler: one trace per request, its root span named after the operation
 * once it validated (`graphql OneWindow`). Its attributes say what the metrics say (operation
 * label, role, HTTP status), never who or why: no FIN, subject, purpose or variables. The trace
 * id goes into the request's observation, for the access log and the errors' extensions.
 * With the no-op tracer (tracing off) the span does not record and nothing else is done.
 */
export function traceRequests(handler: RequestHandler, tracer: Tracer): RequestHandler {
  return async (req, res) => {
    const span = tracer.startSpan('graphql', { kind: SpanKind.SERVER });
    if (!span.isRecording()) return handler(req, res);
    const observed = observationOf(req);
    observed.traceId = span.spanContext().traceId;
    setRequestSpan(observed, span);
    let claimed = true;
    try {
      claimed = await handler(req, res);
      return claimed;
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      // Not a GraphQL request after all (another path): the span is never ended, so it is
      // never exported, and nothing holds it once this returns.
      if (claimed) endRequestSpan(span, observed, res.statusCode);
    }
  };
}

function endRequestSpan(span: Span, observed: RequestObservation, status: number): void {
  const operation = operationLabel(observed.operation);
  span.updateName(`graphql ${operation}`);
  span.setAttributes({
    'graphql.operation.name': operation,
    'http.response.status_code': status,
    'dost.role': observed.who?.role ?? '(none)',
    'dost.subgraphs': [...observed.subgraphs],
  });
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
