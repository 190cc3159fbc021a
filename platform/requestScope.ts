import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/*
 * The request id travels on the objects that already reach the code needing it, not in
 * AsyncLocalStorage: on Node 20 one AsyncLocalStorage in a process turns on promise hooks for
 * every promise of every request, which the gateway's CPU profile showed as a few percent of
 * all time. WeakMaps, so nothing outlives the request it describes.
 */
const byRequest = new WeakMap<IncomingMessage, string>();
const byError = new WeakMap<object, string>();

/** Client-chosen ids are kept only when they are short and plain enough to log safely. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's `x-request-id` when it is safe to reuse, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
}

/**
 * The id the HTTP edge gave this request: chosen once, on first ask, so every handler and
 * log line of one request agrees on it.
 */
export function requestIdOf(req: IncomingMessage): string {
  let requestId = byRequest.get(req);
  if (requestId === undefined) {
    requestId = requestIdFrom(req.headers['x-request-id']);
    byRequest.set(req, requestId);
  }
  return requestId;
}

/**
 * Remembers which request raised these errors, for `formatError`, which Apollo Server calls
 * without the request's context (see useErrorRequestIds).
 */
export function tagErrorRequestId(errors: readonly object[], requestId: string): void {
  for (const error of errors) byError.set(error, requestId);
}

/** The id of the request that raised `error`, when a plugin tagged it. */
export function requestIdOfError(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? byError.get(error) : undefined;
}
