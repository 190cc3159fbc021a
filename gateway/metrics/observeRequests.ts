import type { ServerResponse } from 'node:http';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import type { GatewayMetrics } from './createGatewayMetrics.ts';
import { operationLabel, outcomeLabel } from './labels.ts';
import { observationOf } from './observations.ts';
import type { RequestObservation } from './RequestObservation.ts';

export interface ObserveRequestsOptions {
  metrics: GatewayMetrics;
  /** Where the one line per request goes; null writes none. */
  accessLog: Logger | null;
}

/**
 * Wraps the GraphQL handler: once a request it claimed has been answered, records it in the
 * metrics and writes its access-log line (request id, operation, role, centre or agency,
 * outcome, status, duration, subgraphs called). Nothing personal: no FIN, subject, staff id,
 * purpose text or variables.
 */
export function observeRequests(
  handler: RequestHandler,
  { metrics, accessLog }: ObserveRequestsOptions,
): RequestHandler {
  return async (req, res) => {
    const observed = observationOf(req);
    try {
      if (!(await handler(req, res))) return false;
    } catch (error) {
      // The server answers it 500 INTERNAL (listen's dispatch); count it as such.
      observed.refusedWith = ERRORS.INTERNAL.code;
      report(observed, res, 500);
      throw error;
    }
    report(observed, res, res.statusCode);
    return true;
  };

  function report(observed: RequestObservation, res: ServerResponse, status: number): void {
    const seconds = (performance.now() - observed.started) / 1000;
    const operation = operationLabel(observed.operation);
    const outcome = outcomeOf(observed, status);
    const role = observed.who?.role ?? '(none)';
    metrics.requestEnded({ operation, outcome, role, seconds });
    // Below its level (LOG_LEVEL=warn) the line is not even built.
    if (accessLog?.isLevelEnabled('info') !== true) return;
    accessLog.info(
      {
        requestId: res.getHeader('x-request-id'),
        traceId: observed.traceId ?? undefined,
        operation,
        documentId: observed.documentId ?? undefined,
        role,
        centre: observed.who?.centre ?? undefined,
        agency: observed.who?.agency ?? undefined,
        outcome,
        status,
        durationMs: Math.round(seconds * 10_000) / 10,
        subgraphs: [...observed.subgraphs],
      },
      'request',
    );
  }
}

/**
 * OK, or the code of the answer's first error; for a request refused before GraphQL ran
 * (admission, body, CSRF), admission's code or, failing that, the HTTP status.
 */
function outcomeOf(observed: RequestObservation, status: number): string {
  const body = observed.response?.body;
  if (body?.kind === 'single') {
    const first = body.singleResult.errors?.[0];
    return first === undefined ? 'OK' : outcomeLabel(first.extensions?.['code']);
  }
  if (observed.refusedWith !== null) return outcomeLabel(observed.refusedWith);
  return status < 400 ? 'OK' : `HTTP_${status}`;
}
