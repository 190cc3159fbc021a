import { ROOT_CONTEXT, SpanKind, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { RequestObservation } from '../metrics/RequestObservation.ts';
import { requestSpanOf } from './requestSpans.ts';

/**
 * Opens the span of one subgraph call, child of its request's root span; null when the
 * request is not traced (tracing off, or a health probe or schema load, which have none).
 */
export function startSubgraphCallSpan(
  tracer: Tracer,
  subgraph: string,
  observed: RequestObservation | undefined,
): Span | null {
  const parent = observed === undefined ? undefined : requestSpanOf(observed);
  if (parent === undefined) return null;
  return tracer.startSpan(
    `call ${subgraph}`,
    { kind: SpanKind.CLIENT, attributes: { 'dost.subgraph': subgraph } },
    trace.setSpan(ROOT_CONTEXT, parent),
  );
}

/** The W3C `traceparent` naming `span` as the parent, for the call's signed token. */
export function traceparentOf(span: Span): string {
  const { traceId, spanId, traceFlags } = span.spanContext();
  return `00-${traceId}-${spanId}-${traceFlags.toString(16).padStart(2, '0')}`;
}
