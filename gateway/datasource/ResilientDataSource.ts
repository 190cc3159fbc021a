import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { SpanStatusCode, type Span, type Tracer } from '@opentelemetry/api';
import type { GraphQLError } from 'graphql';
import type { Dispatcher } from 'undici';
import type { Logger } from '@dost/platform/createLogger.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { startSubgraphCallSpan, traceparentOf } from '../tracing/startSubgraphCallSpan.ts';
import {
  createSubgraphBreaker,
  type BreakerOptions,
  type SubgraphBreaker,
} from './createSubgraphBreaker.ts';
import { registryUnavailable, type CallFailure } from './registryUnavailable.ts';
import {
  sendSubgraphRequest,
  type SubgraphResponse,
  type SubgraphTarget,
} from './sendSubgraphRequest.ts';
import { BadResponse } from './BadResponse.ts';
import type { SubgraphCallObserver } from './SubgraphCallObserver.ts';
import { RequestObservation } from '../metrics/RequestObservation.ts';

export interface ResilientDataSourceOptions {
  /** Subgraph name, e.g. `pensions`: names the registry in errors and logs. */
  name: string;
  url: string;
  /** Keep-alive pool shared by all subgraphs (createSubgraphPool). */
  dispatcher: Dispatcher;
  /** Longest one call to this subgraph may take. */
  timeoutMs: number;
  breaker: BreakerOptions;
  log: Logger;
  /** Told of each call's time and outcome and of circuit changes (metrics). @default none */
  observer?: SubgraphCallObserver;
  /** A span per call of a traced request (gateway/tracing). @default undefined (none) */
  tracer?: Tracer;
}

type CallOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
/** A request's GatewayContext, or the bare context of a health check or schema load. */
export type CallContext = CallOptions['context'];
/** The headers of one call, built fresh for it: nothing a client sent is ever forwarded. */
export type OutgoingHeaders = Record<string, string>;

/**
 * How the gateway calls one subgraph: each call is aborted after `timeoutMs` or at the
 * request's deadline, whichever comes first; calls pass a per-subgraph circuit breaker; and
 * any failure becomes REGISTRY_UNAVAILABLE with `registry`, so the other registries' answers
 * still reach the caller. No call is ever retried: a one-window query is safe to repeat, but
 * a mutation is not, and the caller decides.
 *
 * It implements @apollo/gateway's GraphQLDataSource (the one method the executor calls)
 * rather than extending RemoteGraphQLDataSource: that class's process() builds node-fetch
 * Headers and a node-fetch Request per call and calls a WHATWG fetch, whose Request, Headers,
 * body streams and signal plumbing cost more gateway CPU than the rest of the call; and it
 * takes no signal, which had to be smuggled to the fetcher through AsyncLocalStorage.
 * Overriding process() whole would leave its hooks (fetcher, parseBody, errorFromResponse,
 * APQ, cache-control hints) inherited but dead. Subgraph cache hints are not honoured: the
 * answers hold personal data and are never cacheable.
 */
export class ResilientDataSource implements GraphQLDataSource<GatewayContext> {
  readonly #name: string;
  readonly #target: SubgraphTarget | null;
  readonly #dispatcher: Dispatcher;
  readonly #timeoutMs: number;
  readonly #breaker: SubgraphBreaker<SubgraphResponse>;
  readonly #log: Logger;
  readonly #observer: SubgraphCallObserver | undefined;
  readonly #tracer: Tracer | undefined;

  constructor({
    name,
    url,
    dispatcher,
    timeoutMs,
    breaker,
    log,
    observer,
    tracer,
  }: ResilientDataSourceOptions) {
    this.#name = name;
    this.#target = targetOf(url);
    this.#dispatcher = dispatcher;
    this.#timeoutMs = timeoutMs;
    this.#log = log.child({ subgraph: name });
    this.#observer = observer;
    this.#tracer = tracer;
    this.#breaker = createSubgraphBreaker(name, breaker, this.#log, (state) =>
      observer?.breakerChanged(name, state),
    );
  }

  process(options: CallOptions): Promise<SubgraphResponse> {
    return this.#traced(options);
  }

  /**
   * A call the gateway makes itself for a request, outside any query plan (askServiceDesk: the
   * case a purpose cites, a partner's consents): the same limits, breaker, span and hooks.
   */
  callForRequest(
    request: Pick<CallOptions['request'], 'query' | 'variables'>,
    context: GatewayContext,
  ): Promise<SubgraphResponse> {
    return this.#traced({ request, context });
  }

  async #traced(options: Pick<CallOptions, 'request' | 'context'>): Promise<SubgraphResponse> {
    const span = this.#startSpan(options.context);
    if (span === null) return this.#process(options, null);
    try {
      return await this.#process(options, span);
    } catch (error) {
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  }

  async #process(
    options: Pick<CallOptions, 'request' | 'context'>,
    span: Span | null,
  ): Promise<SubgraphResponse> {
    const { ms, byDeadline } = this.#timeLeft(options.context);
    const started = performance.now();
    // Out of time already: fail without a call, and without blaming the subgraph's circuit.
    if (ms <= 0) throw this.#failed('deadline', options.context, started, span);
    // A timer cleared when the call ends, rather than AbortSignal.timeout(), whose timer and
    // weak reference live on for the whole timeout after a call that took a millisecond.
    const abort = new AbortController();
    const timer = setTimeout(abortCall, ms, abort);
    try {
      const traceparent = span === null ? undefined : traceparentOf(span);
      const response = await this.#breaker.fire(() =>
        this.#call(options, abort.signal, traceparent),
      );
      this.#ended(options.context, started, null);
      return response;
    } catch (error) {
      const failure = classify(error, abort.signal, byDeadline);
      throw this.#failed(failure, options.context, started, span, error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Stops the breaker's statistics timers; for when the gateway stops. */
  shutdown(): void {
    this.#breaker.shutdown();
  }

  /**
   * Adds this source's own headers (e.g. an identity) to a call's fresh headers; `body` is
   * exactly what will be sent, so a signature can cover it, and `traceparent` names the
   * call's span when the request is traced.
   */
  protected willSendRequest(
    _headers: OutgoingHeaders,
    _context: CallContext,
    _body: string,
    _traceparent?: string,
  ): void {}

  /** What the executor gets from a subgraph's answer; `response` is this call's own object. */
  protected didReceiveResponse(
    response: SubgraphResponse,
    _context: CallContext,
  ): SubgraphResponse {
    return response;
  }

  async #call(
    { request, context }: Pick<CallOptions, 'request' | 'context'>,
    signal: AbortSignal,
    traceparent: string | undefined,
  ): Promise<SubgraphResponse> {
    if (this.#target === null) throw new Error('the subgraph has no valid URL');
    if (!request.query) throw new Error('missing query');
    const headers: OutgoingHeaders = {};
    // The executor's own headers only (a trace request); the client's never get here.
    if (request.http !== undefined) {
      for (const [name, value] of request.http.headers) headers[name] = value;
    }
    headers['content-type'] = 'application/json';
    const { query, variables, operationName, extensions } = request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    this.willSendRequest(headers, context, body, traceparent);
    const response = await sendSubgraphRequest(this.#dispatcher, this.#target, {
      headers,
      body,
      signal,
    });
    return this.didReceiveResponse(response, context);
  }

  /** This call's time limit: its own timeout, or what is left of the request's deadline. */
  #timeLeft(context: CallContext): { ms: number; byDeadline: boolean } {
    // Health checks and schema loading come without a request, so without a deadline.
    const deadline: unknown = context['deadline'];
    const left = typeof deadline === 'number' ? deadline - Date.now() : Infinity;
    return left < this.#timeoutMs
      ? { ms: Math.floor(left), byDeadline: true }
      : { ms: this.#timeoutMs, byDeadline: false };
  }

  /** The call's span, when its request is traced; health probes and schema loads have none. */
  #startSpan(context: CallContext): Span | null {
    if (this.#tracer === undefined) return null;
    const observed: unknown = context['observed'];
    return startSubgraphCallSpan(
      this.#tracer,
      this.#name,
      observed instanceof RequestObservation ? observed : undefined,
    );
  }

  #ended(context: CallContext, started: number, failure: CallFailure | null): void {
    this.#observer?.callEnded(this.#name, (performance.now() - started) / 1000, failure, context);
  }

  #failed(
    failure: CallFailure,
    context: CallContext,
    started: number,
    span: Span | null,
    cause?: unknown,
  ): GraphQLError {
    this.#ended(context, started, failure);
    span?.setAttribute('dost.failure', failure);
    const level = failure === 'circuit-open' ? 'debug' : 'warn';
    this.#log[level]({ err: cause, failure }, 'subgraph call failed');
    return registryUnavailable(this.#name, failure);
  }
}

function abortCall(abort: AbortController): void {
  abort.abort(new DOMException('The subgraph call ran out of time.', 'TimeoutError'));
}

/** Splits the URL once; an invalid one fails each call as unreachable, as a fetch would. */
function targetOf(url: string): SubgraphTarget | null {
  if (!URL.canParse(url)) return null;
  const { origin, pathname, search } = new URL(url);
  return { origin, path: pathname + search };
}

function classify(error: unknown, signal: AbortSignal, byDeadline: boolean): CallFailure {
  if ((error as { code?: unknown } | null)?.code === 'EOPENBREAKER') return 'circuit-open';
  if (signal.aborted) return byDeadline ? 'deadline' : 'timeout';
  if (error instanceof BadResponse) return 'bad-response';
  return 'unreachable';
}
