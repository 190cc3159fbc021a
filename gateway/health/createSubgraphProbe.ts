import { getGlobalDispatcher, type Dispatcher } from 'undici';

export type RegistryState = 'up' | 'down';

export interface SubgraphProbeOptions {
  /** Subgraph URLs by name, or where to read them as the served supergraph changes. */
  endpoints: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>);
  /**
   * What probes are sent on: the gateway's subgraph pool, so that an https:// subgraph is
   * probed over the same mutual TLS as it is called. @default undici's global dispatcher
   */
  dispatcher?: Dispatcher;
  /** How long one probe may take. @default 1_000 */
  timeoutMs?: number;
  /** How long a result is reused, so that /readyz stays cheap under polling. @default 1_000 */
  cacheMs?: number;
}

/**
 * Probes every subgraph with an unauthenticated `{ __typename }`: any JSON answer (the
 * subgraph's 401 included) proves it is up and speaking GraphQL. Concurrent callers share
 * one round of probes, and a round is reused for `cacheMs`.
 */
export function createSubgraphProbe({
  endpoints,
  dispatcher = getGlobalDispatcher(),
  timeoutMs = 1_000,
  cacheMs = 1_000,
}: SubgraphProbeOptions): () => Promise<Record<string, RegistryState>> {
  let last: { at: number; result: Promise<Record<string, RegistryState>> } | null = null;
  return () => {
    const now = Date.now();
    if (last === null || now - last.at >= cacheMs) {
      const current = typeof endpoints === 'function' ? endpoints() : endpoints;
      last = { at: now, result: probeAll(current, dispatcher, timeoutMs) };
    }
    return last.result;
  };
}

async function probeAll(
  endpoints: Readonly<Record<string, string>>,
  dispatcher: Dispatcher,
  timeoutMs: number,
): Promise<Record<string, RegistryState>> {
  const names = Object.keys(endpoints);
  const states = await Promise.all(
    names.map((name) => probe(endpoints[name] ?? '', dispatcher, timeoutMs)),
  );
  return Object.fromEntries(names.map((name, i) => [name, states[i] ?? 'down']));
}

async function probe(
  url: string,
  dispatcher: Dispatcher,
  timeoutMs: number,
): Promise<RegistryState> {
  try {
    const { origin, pathname, search } = new URL(url);
    const answer = await dispatcher.request({
      origin,
      path: pathname + search,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
      body: '{"query":"{ __typename }"}',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const type = answer.headers['content-type'];
    await answer.body.dump();
    return typeof type === 'string' && type.includes('json') ? 'up' : 'down';
  } catch {
    return 'down';
  }
}
