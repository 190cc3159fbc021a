import { checkDisclosure } from './checkDisclosure.ts';
import { checkEntityBatching } from './checkEntityBatching.ts';
import { checkErrorMasking } from './checkErrorMasking.ts';
import { checkHealth } from './checkHealth.ts';
import { checkSignedCalls } from './checkSignedCalls.ts';
import type { CheckResult, ConformanceReport } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { prepareContext, type PrepareOptions } from './prepareContext.ts';

/** Every check, in the order the report lists them. */
export const CHECKS: readonly ((context: ConformanceContext) => Promise<CheckResult>)[] = [
  checkSignedCalls,
  checkEntityBatching,
  checkDisclosure,
  checkHealth,
  checkErrorMasking,
];

/**
 * Runs the suite against one live subgraph, one call at a time (the batching check reads a
 * counter between calls). Only HTTP(S): nothing of the subgraph's code is loaded.
 */
export async function runConformance(options: PrepareOptions): Promise<ConformanceReport> {
  const context = await prepareContext(options);
  const checks: CheckResult[] = [];
  for (const check of CHECKS) checks.push(await check(context));
  return {
    url: options.client.url,
    subgraph: options.client.audience,
    ok: checks.every((check) => check.status !== 'fail'),
    checks,
    identity: { role: context.identity.role, reason: context.identityReason },
  };
}
