import type { ScalarMismatch } from './checkSharedScalars.ts';
import type { SchemaChange } from './diffSchemas.ts';
import type { BrokenOperation } from './findBrokenOperations.ts';
import type { CheckStatus, SchemaCheckReport } from './SchemaCheckReport.ts';

const MARK: Readonly<Record<CheckStatus, string>> = { pass: '✓', warn: '⚠', fail: '✗', skip: '–' };
const LEVEL_MARK = { BREAKING: '✗', DANGEROUS: '⚠', SAFE: '✓' } as const;

function indent(lines: readonly string[], by = '    '): string[] {
  return lines.map((line) => `${by}${line}`);
}

function countBy(changes: readonly SchemaChange[]): string {
  const n = (level: string) => changes.filter((change) => change.level === level).length;
  return `${n('BREAKING')} breaking, ${n('DANGEROUS')} dangerous, ${n('SAFE')} safe`;
}

function changeLines(changes: readonly SchemaChange[]): string[] {
  return changes.map(
    (c) => `${LEVEL_MARK[c.level]} ${c.level.padEnd(9)} ${c.path ?? '(schema)'}: ${c.message}`,
  );
}

function composition(report: SchemaCheckReport): string[] {
  const { status, composedWith, errors } = report.composition;
  if (status === 'pass') return [`✓ Composition: composes with ${composedWith.join(', ')}`];
  return [
    `${MARK[status]} Composition: ${errors.length} error(s)`,
    ...indent(errors.map((e) => `✗ ${e.code === null ? '' : `${e.code}: `}${e.message}`)),
  ];
}

function subgraphLines(report: SchemaCheckReport): string[] {
  const { api, subgraph, reason } = report.changes;
  const label = `  Subgraph ${report.subgraph}`;
  if (subgraph === null) return [`${label}: ${reason ?? 'not compared'}`];
  // Most subgraph changes reach the API schema unchanged; list only the others (e.g. @key).
  const seen = new Set(api.map((c) => `${c.path ?? ''} ${c.message}`));
  const own = subgraph.filter((c) => !seen.has(`${c.path ?? ''} ${c.message}`));
  if (own.length === 0) {
    return [`${label}: ${subgraph.length === 0 ? 'no changes' : 'no changes beyond those above'}`];
  }
  return [`${label}, as served to the gateway, also: ${countBy(own)}`, ...indent(changeLines(own))];
}

function changes(report: SchemaCheckReport): string[] {
  const { status, api, allowBreaking, reason } = report.changes;
  if (status === 'skip') return [`– Changes: ${reason ?? 'skipped'}`];
  const allowed = allowBreaking && api.some((c) => c.level === 'BREAKING') ? ' (allowed)' : '';
  const summary = api.length === 0 ? 'no changes' : `${countBy(api)}${allowed}`;
  return [
    `${MARK[status]} Changes to the API schema (what clients see): ${summary}`,
    ...indent(changeLines(api)),
    ...subgraphLines(report),
  ];
}

function operationLines(mark: string, operations: readonly BrokenOperation[]): string[] {
  return operations.flatMap((op) => [
    `${mark} ${op.name}${op.name === op.id ? '' : ` (${op.id})`}`,
    ...indent(op.errors, '    '),
  ]);
}

function operations(report: SchemaCheckReport): string[] {
  const { status, registered, broken, alreadyInvalid, reason } = report.operations;
  if (registered === null) return [`✓ Registered operations: ${reason ?? 'none registered'}`];
  if (status === 'skip') return [`– Registered operations: ${reason ?? 'skipped'}`];
  return [
    `${MARK[status]} Registered operations: ${broken.length} of ${registered} broken by this change`,
    ...indent(operationLines('✗', broken)),
    ...(alreadyInvalid.length > 0
      ? [`  Already invalid against the published schema (${alreadyInvalid.length}):`]
      : []),
    ...indent(operationLines('⚠', alreadyInvalid)),
  ];
}

function scalarLines(mismatch: ScalarMismatch): string[] {
  const what = mismatch.differs.join(' and ');
  return [
    `✗ ${mismatch.scalar}: its ${what} differ from the canonical one (published by ${mismatch.canonicalIn})`,
    ...indent(['expected:', ...indent(mismatch.expected.split('\n'), '  ')]),
    ...indent(['found:', ...indent(mismatch.actual.split('\n'), '  ')]),
  ];
}

function scalars(report: SchemaCheckReport): string[] {
  const { mismatches } = report.conformance.scalars;
  if (mismatches.length === 0) return ['✓ Shared scalars: identical to the canonical definitions'];
  return [
    `✗ Shared scalars: ${mismatches.length} not identical to the canonical definition`,
    ...indent(mismatches.flatMap(scalarLines)),
  ];
}

function rules(report: SchemaCheckReport): string[] {
  const { status, from, unruled, stray, reason } = report.conformance.rules;
  const source = from === null ? '' : ` (rules from ${from})`;
  if (reason !== null) return [`${MARK[status]} Rules: ${reason}`];
  return [
    unruled.length === 0
      ? `${MARK[status]} Rules: every field has one${source}`
      : `✗ Rules: ${unruled.length} field(s) without a rule${source}`,
    ...indent(unruled.map((field) => `✗ ${field}`)),
    ...indent(stray.map((name) => `⚠ ${name}: a rule for something the schema lacks`)),
  ];
}

function accessMatrix(report: SchemaCheckReport): string[] {
  const { missing } = report.conformance.accessMatrix;
  if (missing.length === 0) return ['✓ Access matrix: names every Citizen and root field'];
  return [
    `✗ Access matrix: ${missing.length} Citizen or root field(s) it does not name`,
    ...indent(missing.map((field) => `✗ ${field}`)),
  ];
}

function conformance(report: SchemaCheckReport): string[] {
  // Only an SDL that does not parse skips the scalar check; then nothing could be checked.
  if (report.conformance.scalars.status === 'skip') return ['– Conformance: skipped'];
  return [
    `${MARK[report.conformance.status]} Conformance`,
    ...indent([...rules(report), ...scalars(report), ...accessMatrix(report)], '  '),
  ];
}

/** The report as readable text, grouped by check, ending with the verdict. */
export function formatReport(report: SchemaCheckReport): string {
  const failed = (['composition', 'changes', 'operations', 'conformance'] as const).filter(
    (section) => report[section].status === 'fail',
  );
  const verdict = report.ok ? '✓ PASSED' : `✗ FAILED (${failed.join(', ')})`;
  return [
    `schema:check ${report.subgraph}`,
    '',
    ...composition(report),
    ...changes(report),
    ...operations(report),
    ...conformance(report),
    '',
    verdict,
    '',
  ].join('\n');
}
