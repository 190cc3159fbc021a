import type { ConformanceInputs } from './CheckSubgraphArgs.ts';
import { checkConformance } from './checkConformance.ts';
import { COMPOSITION_FAILED } from './COMPOSITION_FAILED.ts';
import { parseSubgraphSdl } from './parseSubgraphSdl.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { ConformanceSection } from './SchemaCheckReport.ts';

/**
 * The kit's conformance checks on a candidate SDL: they need the agency's own rule tree and
 * access-matrix rows, so an agency's CLI runs them where that code is. Skipped, not failed,
 * when the SDL does not parse (composition says why).
 */
export function checkCandidateConformance({
  name,
  sdl,
  published,
  rules,
  accessMatrix,
}: ConformanceInputs & {
  readonly name: string;
  readonly sdl: string;
  readonly published: readonly PublishedSubgraph[];
}): ConformanceSection {
  const parsed = parseSubgraphSdl(name, sdl);
  if (parsed.ok) {
    return checkConformance({ document: parsed.document, published, rules, accessMatrix });
  }
  const skip = { status: 'skip', reason: COMPOSITION_FAILED } as const;
  return {
    status: 'skip',
    rules: { ...skip, from: rules?.from ?? null, unruled: [], stray: [] },
    scalars: { status: 'skip', mismatches: [] },
    accessMatrix: { status: 'skip', missing: [] },
  };
}
