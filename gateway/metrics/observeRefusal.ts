import type { IncomingMessage } from 'node:http';
import { observationOf } from './observations.ts';

/**
 * Told of a refusal made before execution (createGraphQLHandler's onRefusal: bad body,
 * unknown document, CSRF, 401, 403, 429): its code becomes the request's outcome in the
 * access log and the metrics, as an executed request's first error code does, and its
 * errors carry `extensions.traceId` when the request is traced, as useTraceIds does for
 * executed ones.
 */
export function observeRefusal(
  req: IncomingMessage,
  code: string | null,
): Readonly<Record<string, string>> {
  const observed = observationOf(req);
  // Admission's own note (observeAdmission) came first and says the same; with no code the
  // outcome stays the HTTP status.
  observed.refusedWith ??= code;
  return observed.traceId === null ? {} : { traceId: observed.traceId };
}
