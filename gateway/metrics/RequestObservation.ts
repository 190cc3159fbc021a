import type { GraphQLResponse } from '@apollo/server';
import type { Identity } from '@dost/platform/roles.ts';

/**
 * What one request's access-log line and metrics say about it, filled in along the path:
 * admission (who), the operation once it validated (what), the subgraphs called, and the
 * GraphQL response (how it ended). It holds no personal data: no FIN, subject, purpose text
 * or variables ever go in.
 */
export class RequestObservation {
  /** performance.now() when the request reached the gateway. */
  readonly started = performance.now();
  /** Admitted identity's role and centre or agency; null until admission succeeds. */
  who: Pick<Identity, 'role' | 'centre' | 'agency'> | null = null;
  /** The error code admission refused with, if it did (the context never existed then). */
  refusedWith: string | null = null;
  /** The trusted document's id when the request named one (`sha256:…`); null for text. */
  documentId: string | null = null;
  /** The operation's name once it parsed and validated; '' for an anonymous one. */
  operation: string | null = null;
  /** The response Apollo Server sends, read once the request has ended (final outcome). */
  response: GraphQLResponse | null = null;
  /** Its trace's id when the request is traced (gateway/tracing); null otherwise. */
  traceId: string | null = null;
  /** Subgraphs called for it, in first-call order. */
  readonly subgraphs = new Set<string>();
}
