import { assembleReport } from './assembleReport.ts';
import { checkAgainstPublished } from './checkAgainstPublished.ts';
import { checkCandidateConformance } from './checkCandidateConformance.ts';
import type { CheckSubgraphArgs } from './CheckSubgraphArgs.ts';
import type { SchemaCheckReport } from './SchemaCheckReport.ts';

/**
 * Checks a candidate SDL for subgraph `name` before it is published: composition with the
 * other published subgraphs, changes against its published version and the API schema,
 * registered operations it would break, and the kit's conformance rules. Expected failures
 * are in the report (`ok: false`), never thrown.
 */
export async function checkSubgraph(args: CheckSubgraphArgs): Promise<SchemaCheckReport> {
  return assembleReport({
    name: args.name,
    published: await checkAgainstPublished(args),
    conformance: checkCandidateConformance(args),
  });
}
