import { AsyncLocalStorage } from 'node:async_hooks';

/*
 * RemoteGraphQLDataSource builds the fetch options itself and passes no signal through, so
 * each subgraph call's AbortSignal travels to the fetcher in async context instead: concurrent
 * calls each see their own.
 */
const storage = new AsyncLocalStorage<AbortSignal>();

/** Runs one subgraph call with `signal` visible to the fetcher for everything it awaits. */
export function withCallSignal<T>(signal: AbortSignal, call: () => Promise<T>): Promise<T> {
  return storage.run(signal, call);
}

/** The signal of the subgraph call being made; undefined outside one. */
export function currentCallSignal(): AbortSignal | undefined {
  return storage.getStore();
}
