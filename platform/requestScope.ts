import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What the HTTP edge knows about the request being served, wherever the code runs. */
interface RequestScope {
  readonly requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** Client-chosen ids are kept only when they are short and plain enough to log safely. */
const CLIENT_REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's `x-request-id` when it is safe to reuse, else a fresh UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && CLIENT_REQUEST_ID.test(header) ? header : randomUUID();
}

/** Runs `fn` with `requestId` visible to `currentRequestId()` in everything it awaits. */
export function runInRequestScope<T>(requestId: string, fn: () => T): T {
  return storage.run({ requestId }, fn);
}

/**
 * The id of the request being served, for log lines written far from the request object
 * (error masking, the HTTP dispatcher); undefined outside a request.
 */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
