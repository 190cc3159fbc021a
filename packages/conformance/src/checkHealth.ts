import type { CheckResult } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';

/**
 * An orchestrator (and the gateway's readiness) needs `GET /healthz` (alive) and
 * `GET /readyz` (its database answers) to answer 200, with no token: a probe has none.
 */
export async function checkHealth({ client }: ConformanceContext): Promise<CheckResult> {
  const details: string[] = [];
  let failures = 0;
  for (const path of ['/healthz', '/readyz']) {
    const answer = await client.get(path);
    const ok = answer.status === 200;
    if (!ok) failures += 1;
    details.push(`${ok ? '✓' : '✗'} GET ${path}: ${answer.status} ${answer.text.slice(0, 80)}`);
  }
  return {
    id: 'health',
    title: 'Health endpoints answer',
    status: failures === 0 ? 'pass' : 'fail',
    summary:
      failures === 0 ? '/healthz and /readyz answer 200' : `${failures} of 2 did not answer 200`,
    details,
  };
}
