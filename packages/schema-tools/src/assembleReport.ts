import type { PublishedChecks } from './checkAgainstPublished.ts';
import type { ConformanceSection, SchemaCheckReport } from './SchemaCheckReport.ts';

/**
 * One report from the checks against the published set (run here or by the registry) and
 * the conformance checks (run where the agency's code is); it passes when every section
 * passes or only warns.
 */
export function assembleReport({
  name,
  published,
  conformance,
}: {
  readonly name: string;
  readonly published: PublishedChecks;
  readonly conformance: ConformanceSection;
}): SchemaCheckReport {
  const sections = { ...published, conformance };
  const ok = Object.values(sections).every((s) => s.status === 'pass' || s.status === 'warn');
  return { subgraph: name, ok, ...sections };
}
