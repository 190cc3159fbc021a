import { request } from 'undici';
import { BENCH_HOST, GATEWAY_A_METRICS_PORT } from './benchSettings.ts';
import type { BucketCounts } from './BucketCounts.ts';

const FAMILY = 'dost_gateway_audit_wait_seconds';

/**
 * Reads (a)'s histogram of each request's wait for its audit record from the gateway's own
 * /metrics (DOST_METRICS_PORT); null when it is not served (a gateway without the family).
 */
export async function scrapeAuditWait(
  url = `http://${BENCH_HOST}:${GATEWAY_A_METRICS_PORT}/metrics`,
): Promise<BucketCounts | null> {
  try {
    const answer = await request(url, { headersTimeout: 5_000, bodyTimeout: 5_000 });
    const text = await answer.body.text();
    return answer.statusCode === 200 ? parseBuckets(text, FAMILY) : null;
  } catch {
    return null;
  }
}

/** The `<family>_bucket{le="…"} n` lines of an unlabelled histogram, in bound order. */
export function parseBuckets(text: string, family: string): BucketCounts | null {
  const pattern = new RegExp(`^${family}_bucket\\{le="([^"]+)"\\} (\\S+)$`, 'gm');
  const rows = [...text.matchAll(pattern)].map((match) => ({
    bound: match[1] === '+Inf' ? Infinity : Number(match[1]),
    count: Number(match[2]),
  }));
  if (rows.length === 0) return null;
  rows.sort((x, y) => x.bound - y.bound);
  return { bounds: rows.map((r) => r.bound), counts: rows.map((r) => r.count) };
}
