import autocannon from 'autocannon';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { LoadTally } from './LoadTally.ts';

/** One request of a scenario: built fresh for every request autocannon sends. */
export interface PlannedRequest {
  readonly headers: Record<string, string>;
  readonly body: string;
}

export interface LoadOptions {
  url: string;
  /** For an https subgraph (e): the client certificate shown and the CA trusted. */
  tls?: TlsIdentity;
  connections: number;
  seconds: number;
  next: () => PlannedRequest;
}

export interface LoadResult {
  /** Responses received. */
  readonly responses: number;
  readonly seconds: number;
  /** Latency of each response in ms, unsorted. */
  readonly latencies: Float64Array;
  /** Non-2xx answers, 2xx answers with `errors`, socket errors and timeouts. */
  readonly errors: number;
  /** The first erroneous body, cut short, to say what went wrong. */
  readonly firstError: string | null;
}

/** Drives `connections` keep-alive connections at the URL for `seconds`, varying every body. */
export async function runLoad({
  url,
  tls,
  connections,
  seconds,
  next,
}: LoadOptions): Promise<LoadResult> {
  const tally = new LoadTally();
  const started = performance.now();
  let finish: (result: autocannon.Result) => void = () => undefined;
  let fail: (error: unknown) => void = () => undefined;
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url,
      connections,
      duration: seconds,
      timeout: 10,
      // autocannon does not check the server's certificate (it sets rejectUnauthorized: false
      // itself); the subgraph checks the client's, which is what the floor (e) has to pass.
      ...(tls === undefined ? {} : { tlsOptions: { ca: tls.ca, cert: tls.cert, key: tls.key } }),
      requests: [
        {
          method: 'POST',
          setupRequest: (request) => ({ ...request, ...next() }),
          onResponse: (status, body) => tally.check(status, body),
        },
      ],
    },
    (error: unknown, result) => (error ? fail(error) : finish(result)),
  );
  // autocannon emits (client, status, bytes, ms); its typings omit the client.
  instance.on('response', (...args: unknown[]) => {
    const ms = args[args.length - 1];
    if (typeof ms === 'number') tally.latency(ms);
  });
  instance.on('reqError', (error: unknown) => tally.error(String(error)));
  const result = await done;
  const elapsed = (performance.now() - started) / 1000;
  if (result.timeouts > 0) tally.error(`${result.timeouts} timeouts`, result.timeouts);
  return tally.result(Math.min(elapsed, seconds));
}

/** The p-th percentile (0–100) of latencies, nearest rank. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(Math.max(rank, 0), sorted.length - 1)] ?? Number.NaN;
}
