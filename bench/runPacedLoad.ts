import { Pool } from 'undici';
import type { LoadOptions, LoadResult } from './runLoad.ts';

/**
 * Sends requests at evenly spaced times, `rate` per second, over a pool of `connections`
 * keep-alive connections, whatever the answers' speed (an open loop). Each latency runs from
 * the time the request was due, not from when a free connection took it, so a stall shows
 * in full (no coordinated omission).
 *
 * Why not autocannon's `overallRate`: it gives each connection a quota per wall-clock second
 * and sends it back to back when the second starts, all connections at the same instant. At
 * 100 req/s over 50 connections that is a burst of 100 requests every second, which measures
 * how long a burst takes to drain, not latency at 100 req/s.
 */
export async function runPacedLoad({
  url,
  connections,
  seconds,
  rate,
  next,
}: LoadOptions & { rate: number }): Promise<LoadResult> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections, pipelining: 1 });
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const noteError = (what: string) => {
    errors += 1;
    firstError ??= what.slice(0, 400);
  };
  const send = async (due: number) => {
    const { headers, body } = next();
    try {
      const answer = await pool.request({
        path: pathname,
        method: 'POST',
        headers,
        body,
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
      const text = await answer.body.text();
      latencies.push(performance.now() - due);
      if (answer.statusCode !== 200 || text.includes('"errors":')) {
        noteError(`${answer.statusCode} ${text}`);
      }
    } catch (error) {
      noteError(String(error));
    }
  };
  const started = performance.now();
  const total = Math.round(rate * seconds);
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const due = started + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(send(due));
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  return {
    responses: latencies.length,
    seconds: Math.max(elapsed, seconds),
    latencies: Float64Array.from(latencies),
    errors,
    firstError,
  };
}
