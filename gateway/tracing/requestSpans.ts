import type { Span } from '@opentelemetry/api';
import type { RequestObservation } from '../metrics/RequestObservation.ts';

const byRequest = new WeakMap<RequestObservation, Span>();

/** The root span of a traced request, for its subgraph calls; undefined when not traced. */
export function requestSpanOf(observed: RequestObservation): Span | undefined {
  return byRequest.get(observed);
}

/** Records a request's root span (traceRequests). */
export function setRequestSpan(observed: RequestObservation, span: Span): void {
  byRequest.set(observed, span);
}
