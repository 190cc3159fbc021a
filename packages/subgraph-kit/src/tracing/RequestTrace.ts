import { AsyncLocalStorage } from 'node:async_hooks';
import type { Span } from '@opentelemetry/api';

/**
 * The span of the request being served, for the SQL statements it causes. The holder is
 * entered before the request is authenticated and filled once the gateway's token is
 * verified: the statements of a refused request are never traced.
 */
export interface RequestTrace {
  span: Span | null;
}

/**
 * One store for every subgraph in the process: a statement knows its request (and a request
 * its subgraph) through it. Used only when tracing is on; off, nothing enters it, and
 * `getStore()` is undefined.
 */
export const requestTraces = new AsyncLocalStorage<RequestTrace>();
