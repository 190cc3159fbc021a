import {
  assembleReport,
  checkAgainstPublished,
  checkSubgraph,
  type CheckSubgraphArgs,
  type ConformanceSection,
  type PublishedCheckArgs,
  type SchemaCheckReport,
} from '@dost/schema-tools';
import type { SubgraphSchema } from './SubgraphSchema.ts';

/** What a publish check is given: the candidate, the set it changes, what they compose into. */
export interface PublishCheckInput {
  /** The subgraph being published, as it would be recorded. */
  readonly candidate: SubgraphSchema;
  /** Every subgraph published now, the candidate's current version included when it has one. */
  readonly published: readonly SubgraphSchema[];
  /** The supergraph the candidate and the others compose (composition has succeeded). */
  readonly supergraphSdl: string;
}

/** One thing a check found. */
export interface CheckFinding {
  /** Which check found it, e.g. `composition`, `diff`, `operations`, `conformance`. */
  readonly check: string;
  readonly severity: 'breaking' | 'dangerous' | 'safe';
  readonly message: string;
}

/** A check's verdict; stored, as JSON, with the version it let through. */
export interface CheckReport {
  /** False refuses the publish unless it is forced. */
  readonly ok: boolean;
  /** The checks that ran, e.g. `['composition']`. */
  readonly ran: readonly string[];
  readonly findings: readonly CheckFinding[];
  /** The check's own full report, recorded as it is. @default undefined */
  readonly report?: unknown;
}

/** Checks a candidate before it is recorded; expected failures are a report, not a throw. */
export type PublishCheck = (input: PublishCheckInput) => Promise<CheckReport>;

/**
 * Composition only: `schema:publish` has composed the candidate with every published subgraph
 * before any check runs, and refuses what does not compose even when forced.
 */
export const compositionOnly: PublishCheck = () =>
  Promise.resolve({ ok: true, ran: ['composition'], findings: [] });

/** What the schema checks need besides the candidate and the published set. */
export type SchemaCheckOptions = Pick<
  CheckSubgraphArgs,
  'operations' | 'rules' | 'accessMatrix' | 'allowBreaking'
>;

const RAN = ['composition', 'changes', 'operations', 'conformance'];

/**
 * The full schema checks of `schema:check` (@dost/schema-tools' checkSubgraph) as the publish
 * check: composition against the published set, changes classed breaking/dangerous/safe,
 * registered operations a change breaks, and kit conformance. The same verdict an agency's CI
 * saw is the one that lets a version into the registry.
 */
export function schemaChecks(options: SchemaCheckOptions): PublishCheck {
  return async ({ candidate, published }) => {
    const report = await checkSubgraph({
      ...options,
      name: candidate.name,
      sdl: candidate.sdl,
      published,
    });
    return { ok: report.ok, ran: RAN, findings: findingsOf(report), report };
  };
}

/**
 * The registry service's publish check: the checks against the published set and the
 * registered operations run here; conformance, which needs the agency's code, is taken as the
 * CLI reported it (and recorded so). One report, one verdict, as `schema:check` prints it.
 */
export function registryChecks({
  operations,
  allowBreaking,
  conformance,
}: Pick<PublishedCheckArgs, 'operations' | 'allowBreaking'> & {
  readonly conformance: ConformanceSection;
}): PublishCheck {
  return async ({ candidate, published }) => {
    const report = assembleReport({
      name: candidate.name,
      published: await checkAgainstPublished({
        name: candidate.name,
        sdl: candidate.sdl,
        published,
        ...(operations === undefined ? {} : { operations }),
        ...(allowBreaking === undefined ? {} : { allowBreaking }),
      }),
      conformance,
    });
    return { ok: report.ok, ran: RAN, findings: findingsOf(report), report };
  };
}

/** What a report says against the candidate, one line each, for the CLI and the record. */
function findingsOf(report: SchemaCheckReport): CheckFinding[] {
  const findings: CheckFinding[] = [];
  for (const error of report.composition.errors) {
    findings.push({ check: 'composition', severity: 'breaking', message: error.message });
  }
  for (const change of report.changes.api) {
    const severity =
      change.level === 'BREAKING'
        ? 'breaking'
        : change.level === 'DANGEROUS'
          ? 'dangerous'
          : 'safe';
    findings.push({ check: 'changes', severity, message: change.message });
  }
  for (const operation of report.operations.broken) {
    const message = `breaks registered operation ${operation.name}: ${operation.errors.join('; ')}`;
    findings.push({ check: 'operations', severity: 'breaking', message });
  }
  const { rules, scalars, accessMatrix } = report.conformance;
  for (const field of rules.unruled) {
    findings.push({ check: 'conformance', severity: 'breaking', message: `${field} has no rule` });
  }
  if (rules.reason !== null && rules.status === 'fail') {
    findings.push({ check: 'conformance', severity: 'breaking', message: rules.reason });
  }
  for (const mismatch of scalars.mismatches) {
    const message = `scalar ${mismatch.scalar} differs from the shared definition`;
    findings.push({ check: 'conformance', severity: 'breaking', message });
  }
  for (const field of accessMatrix.missing) {
    const message = `${field} is missing from the access matrix`;
    findings.push({ check: 'conformance', severity: 'breaking', message });
  }
  return findings;
}
