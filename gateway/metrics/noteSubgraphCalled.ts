import { RequestObservation } from './RequestObservation.ts';

/**
 * Lists a subgraph in its request's access-log line. A call's context is a request's
 * GatewayContext, or bare for a health probe or schema load (which have no line).
 */
export function noteSubgraphCalled(subgraph: string, context: object): void {
  if ('observed' in context && context.observed instanceof RequestObservation) {
    context.observed.subgraphs.add(subgraph);
  }
}
