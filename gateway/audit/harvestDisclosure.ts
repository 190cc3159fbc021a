import { DISCLOSURE_EXTENSION, parseDisclosureReport } from '@dost/platform/disclosureReport.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/** A subgraph's answer as the data source hands it on; only its extensions are read here. */
interface Answer {
  readonly extensions?: Record<string, unknown>;
}

/**
 * Moves a subgraph's disclosure report out of its answer and into the request's audit state,
 * so the report (which names citizens) never reaches the caller. Only a subgraph that
 * answered gets here, so a registry that failed or timed out adds nothing to the record: it
 * disclosed nothing. `context` lacks the audit state on calls without a caller (health
 * checks, schema loading).
 */
export function harvestDisclosure<A extends Answer>(
  registry: string,
  answer: A,
  context: Partial<Pick<GatewayContext, 'disclosure'>>,
): A {
  if (answer.extensions === undefined) return answer;
  const { [DISCLOSURE_EXTENSION]: report, ...extensions } = answer.extensions;
  const parsed = parseDisclosureReport(report);
  if (parsed !== null) context.disclosure?.add(registry, parsed);
  return { ...answer, extensions };
}
