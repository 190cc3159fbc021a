import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '../../platform/createLogger.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { withCallSignal } from './callSignal.ts';
import {
  createSubgraphBreaker,
  type BreakerOptions,
  type SubgraphBreaker,
} from './createSubgraphBreaker.ts';
import type { Fetcher } from './createSubgraphFetcher.ts';
import { registryUnavailable, type CallFailure } from './registryUnavailable.ts';

type SubgraphResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

export interface ResilientDataSourceOptions {
  /** Subgraph name, e.g. `pensions`: names the registry in errors and logs. */
  name: string;
  url: string;
  /** Keep-alive fetcher shared by all subgraphs (createSubgraphFetcher). */
  fetcher?: Fetcher;
  /** Longest one call to this subgraph may take. */
  timeoutMs: number;
  breaker: BreakerOptions;
  log: Logger;
}

/** A subgraph's non-2xx answer; its body is read and dropped, never shown. */
class UnexpectedStatus extends GraphQLError {}

/**
 * How the gateway calls one subgraph: each call is aborted after `timeoutMs` or at the
 * request's deadline, whichever comes first; calls pass a per-subgraph circuit breaker; and
 * any failure becomes REGISTRY_UNAVAILABLE with `registry`, so the other registries' answers
 * still reach the caller. No call is ever retried: a one-window query is safe to repeat, but
 * a mutation is not, and the caller decides.
 */
export class ResilientDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly #name: string;
  readonly #timeoutMs: number;
  readonly #breaker: SubgraphBreaker<SubgraphResponse>;
  readonly #log: Logger;

  constructor({ name, url, fetcher, timeoutMs, breaker, log }: ResilientDataSourceOptions) {
    super(fetcher === undefined ? { url } : { url, fetcher });
    this.#name = name;
    this.#timeoutMs = timeoutMs;
    this.#log = log.child({ subgraph: name });
    this.#breaker = createSubgraphBreaker(name, breaker, this.#log);
  }

  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<SubgraphResponse> {
    const { ms, byDeadline } = this.#timeLeft(options.context);
    // Out of time already: fail without a call, and without blaming the subgraph's circuit.
    if (ms <= 0) throw this.#failed('deadline');
    const signal = AbortSignal.timeout(ms);
    try {
      return await withCallSignal(signal, () => this.#breaker.fire(() => super.process(options)));
    } catch (error) {
      throw this.#failed(classify(error, signal, byDeadline), error);
    }
  }

  /** Stops the breaker's statistics timers; for when the gateway stops. */
  shutdown(): void {
    this.#breaker.shutdown();
  }

  /** Reads and drops the body (freeing the pooled connection); keeps only the status. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    await response.text().catch(() => undefined);
    return new UnexpectedStatus(`subgraph answered HTTP ${response.status}`);
  }

  /** This call's time limit: its own timeout, or what is left of the request's deadline. */
  #timeLeft(context: GraphQLDataSourceProcessOptions<GatewayContext>['context']): {
    ms: number;
    byDeadline: boolean;
  } {
    // Health checks and schema loading come without a request, so without a deadline.
    const deadline: unknown = context['deadline'];
    const left = typeof deadline === 'number' ? deadline - Date.now() : Infinity;
    return left < this.#timeoutMs
      ? { ms: Math.floor(left), byDeadline: true }
      : { ms: this.#timeoutMs, byDeadline: false };
  }

  #failed(failure: CallFailure, cause?: unknown): GraphQLError {
    const level = failure === 'circuit-open' ? 'debug' : 'warn';
    this.#log[level]({ err: cause, failure }, 'subgraph call failed');
    return registryUnavailable(this.#name, failure);
  }
}

function classify(error: unknown, signal: AbortSignal, byDeadline: boolean): CallFailure {
  if ((error as { code?: unknown } | null)?.code === 'EOPENBREAKER') return 'circuit-open';
  if (signal.aborted) return byDeadline ? 'deadline' : 'timeout';
  if (error instanceof UnexpectedStatus) return 'bad-response';
  return 'unreachable';
}
