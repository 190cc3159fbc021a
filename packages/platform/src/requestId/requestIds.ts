import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/*
 * Every request gets an id of the gateway's own, and only that id names it in responses,
 * logs, internal tokens and the audit record: an id a caller chose could be chosen twice, by
 * two callers, and make one actor's records look like another's. What the caller sent in
 * `x-request-id` is kept beside it, as a correlation id, so their logs still match ours.
 *
 * Both travel on the objects that already reach the code needing them, not in
 * AsyncLocalStorage: on Node 20 one AsyncLocalStorage in a process turns on promise hooks for
 * every promise of every request, which the gateway's CPU profile showed as a few percent of
 * all time. WeakMaps, so nothing outlives the request it describes.
 */
const byRequest = new WeakMap<IncomingMessage, string>();
const byError = new WeakMap<object, string>();

/** Caller ids are kept only when they are short and plain enough to log and store safely. */
const CORRELATION_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * The id the HTTP edge gave this request: a fresh UUID, chosen once, on first ask, so every
 * handler and log line of one request agrees on it.
 */
export function requestIdOf(req: IncomingMessage): string {
  let requestId = byRequest.get(req);
  if (requestId === undefined) {
    requestId = randomUUID();
    byRequest.set(req, requestId);
  }
  return requestId;
}

/** The caller's own `x-request-id`, when it is safe to keep; else null. */
export function correlationIdOf(req: IncomingMessage): string | null {
  const header = req.headers['x-request-id'];
  return typeof header === 'string' && CORRELATION_ID.test(header) ? header : null;
}

/**
 * Remembers which request raised these errors, for `formatError`, which Apollo Server calls
 * without the request's context (see useRequestIds).
 */
export function tagErrorRequestId(errors: readonly object[], requestId: string): void {
  for (const error of errors) byError.set(error, requestId);
}

/** The id of the request that raised `error`, when a plugin tagged it. */
export function requestIdOfError(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null ? byError.get(error) : undefined;
}
