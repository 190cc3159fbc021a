import type { IncomingMessage } from 'node:http';
import { RequestObservation } from './RequestObservation.ts';

const byRequest = new WeakMap<IncomingMessage, RequestObservation>();

/**
 * The observation of an HTTP request: the one observeRequests opened for it, so that the
 * context, the plugins and the data sources write to the record its access-log line reads.
 */
export function observationOf(req: IncomingMessage): RequestObservation {
  let found = byRequest.get(req);
  if (found === undefined) {
    found = new RequestObservation();
    byRequest.set(req, found);
  }
  return found;
}
