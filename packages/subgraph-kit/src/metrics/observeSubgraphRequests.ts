import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, Histogram, type Registry } from 'prom-client';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { isKnownErrorCode } from '@dost/platform/errors.ts';
import type { DisclosureLog } from '../disclosure/DisclosureLog.ts';
import type { SubgraphContext } from '../SubgraphContext.ts';

export const REQUESTS_METRIC = 'dost_subgraph_requests_total';
export const REQUEST_SECONDS_METRIC = 'dost_subgraph_request_duration_seconds';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

/** Counts and times a subgraph's GraphQL requests by outcome (see `wrap`, `attach`, `plugin`). */
export interface SubgraphRequestObserver {
  /** Times each request `handler` answers and counts it once answered. */
  wrap(handler: RequestHandler): RequestHandler;
  /** Ties a request's Apollo context to its HTTP request, so `plugin` can name its outcome. */
  attach(req: IncomingMessage, context: SubgraphContext<unknown>): void;
  /** Reads the outcome of executed requests: OK, or the code of the first error. */
  readonly plugin: ApolloServerPlugin<SubgraphContext<unknown>>;
}

/**
 * Requests by outcome, with a latency histogram. The outcome is `OK`, the first error's code
 * when it is one of the registry's (errors.ts), `OTHER` for any other code, or for a request
 * refused before execution (no gateway token: 401) `HTTP_<status>`: a bounded set, and
 * nothing from the request itself.
 */
export function observeSubgraphRequests(registry: Registry): SubgraphRequestObserver {
  const requests = new Counter({
    name: REQUESTS_METRIC,
    help: 'GraphQL requests this subgraph answered, by outcome code.',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const seconds = new Histogram({
    name: REQUEST_SECONDS_METRIC,
    help: 'Time from a request reaching this subgraph to its answer, by outcome code.',
    labelNames: ['outcome'],
    buckets: SECONDS,
    registers: [registry],
  });
  const outcomes = new WeakMap<IncomingMessage, { code: string | null }>();
  // Keyed by the request's disclosure log, not the context: Apollo Server hands plugins a
  // shallow copy of the context, which shares the log but is another object.
  const requestOf = new WeakMap<DisclosureLog, IncomingMessage>();
  return {
    wrap: (handler) => async (req, res) => {
      const started = performance.now();
      const slot: { code: string | null } = { code: null };
      outcomes.set(req, slot);
      // Null while the request is not this handler's (another path): it is not counted.
      let status: number | null = null;
      try {
        const claimed = await handler(req, res);
        if (claimed) status = res.statusCode;
        return claimed;
      } catch (error) {
        // The server answers it 500 (listen's dispatch); it is counted as such.
        status = 500;
        throw error;
      } finally {
        if (status !== null) {
          const outcome = slot.code ?? (status < 400 ? 'OK' : `HTTP_${status}`);
          requests.inc({ outcome });
          seconds.observe({ outcome }, (performance.now() - started) / 1000);
        }
      }
    },
    attach(req, context) {
      requestOf.set(context.disclosure, req);
    },
    plugin: {
      requestDidStart: () =>
        Promise.resolve({
          willSendResponse({ response, contextValue }) {
            const req = requestOf.get(contextValue.disclosure);
            const slot = req === undefined ? undefined : outcomes.get(req);
            if (slot === undefined || response.body.kind !== 'single') return Promise.resolve();
            const first = response.body.singleResult.errors?.[0];
            slot.code = first === undefined ? 'OK' : outcomeLabel(first.extensions?.['code']);
            return Promise.resolve();
          },
        }),
    },
  };
}

function outcomeLabel(code: unknown): string {
  return isKnownErrorCode(code) ? code : 'OTHER';
}
