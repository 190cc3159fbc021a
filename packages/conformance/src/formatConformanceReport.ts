import type { CheckStatus, ConformanceReport } from './ConformanceReport.ts';

const MARK: Readonly<Record<CheckStatus, string>> = { pass: '✓', warn: '⚠', fail: '✗' };

/** The report as readable text, a check a paragraph, ending with the verdict. */
export function formatConformanceReport(report: ConformanceReport): string {
  const failed = report.checks.filter((check) => check.status === 'fail').map((c) => c.id);
  return [
    `agency:conformance ${report.subgraph} at ${report.url}`,
    `  signing as ${report.identity.role}: ${report.identity.reason}`,
    '',
    ...report.checks.flatMap((check) => [
      `${MARK[check.status]} ${check.title} [${check.id}]: ${check.summary}`,
      ...check.details.map((line) => `    ${line}`),
    ]),
    '',
    report.ok ? '✓ PASSED' : `✗ FAILED (${failed.join(', ')})`,
    '',
  ].join('\n');
}
