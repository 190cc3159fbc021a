import { Pool } from 'undici';
import { LoadTally } from './LoadTally.ts';
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
  tls,
  connections,
  seconds,
  rate,
  next,
}: LoadOptions & { rate: number }): Promise<LoadResult> {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, {
    connections,
    pipelining: 1,
    ...(tls === undefined ? {} : { connect: { ca: tls.ca, cert: tls.cert, key: tls.key } }),
  });
  const tally = new LoadTally();
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
      tally.answer(answer.statusCode, text, performance.now() - due);
    } catch (error) {
      tally.error(String(error));
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
  return tally.result(Math.max(elapsed, seconds));
}
