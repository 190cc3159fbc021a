import type { LoadResult } from './runLoad.ts';

/** What one load run counts: each answer's latency, and errors with the first one kept. */
export class LoadTally {
  readonly #latencies: number[] = [];
  #errors = 0;
  #firstError: string | null = null;

  /** An answer arrived after `ms`; a GraphQL error is an error even when the status is 200. */
  answer(status: number, body: string, ms: number): void {
    this.latency(ms);
    this.check(status, body);
  }

  latency(ms: number): void {
    this.#latencies.push(ms);
  }

  check(status: number, body: string): void {
    if (status !== 200 || body.includes('"errors":')) this.error(`${status} ${body}`);
  }

  /** A failure without an answer (socket error, timeout); `count` of them at once. */
  error(what: string, count = 1): void {
    this.#errors += count;
    this.#firstError ??= what.slice(0, 400);
  }

  result(seconds: number): LoadResult {
    return {
      responses: this.#latencies.length,
      seconds,
      latencies: Float64Array.from(this.#latencies),
      errors: this.#errors,
      firstError: this.#firstError,
    };
  }
}
