import { DISCLOSURE_EXTENSION, parseDisclosureReport } from '@dost/platform/disclosureReport.ts';
import { citizenIdentity } from './candidateIdentities.ts';
import type { CheckResult } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { entitiesCall } from './entitiesCall.ts';
import { describeAnswer, extensionsOf } from './graphqlAnswer.ts';

/**
 * The gateway writes the audit trail from what subgraphs report: a signed `_entities` call
 * for a citizen the subgraph knows must come back with the `dostDisclosure` extension naming
 * that citizen among its subjects, and the fields read as `Citizen.<field>` coordinates.
 */
export async function checkDisclosure(context: ConformanceContext): Promise<CheckResult> {
  const { client, fin, selection } = context;
  const result = (ok: boolean, summary: string, details: string[]): CheckResult => ({
    id: 'disclosure',
    title: 'Disclosures are reported to the gateway',
    status: ok ? 'pass' : 'fail',
    summary,
    details,
  });
  if (selection === null) return result(false, 'no Citizen fields to ask for', []);
  const identity = context.identity.role === 'citizen' ? citizenIdentity(fin) : context.identity;
  const answer = await client.post(entitiesCall([fin], selection.selection), { identity });
  const report = parseDisclosureReport(extensionsOf(answer)[DISCLOSURE_EXTENSION]);
  const asked = `_entities for ${fin} as ${identity.role}: ${describeAnswer(answer)}`;
  if (report === null) {
    return result(false, `no ${DISCLOSURE_EXTENSION} extension in the answer`, [`✗ ${asked}`]);
  }
  const named = report.subjects.includes(fin);
  const citizenFields = report.fields.filter((field) => field.startsWith('Citizen.'));
  const details = [
    `${named ? '✓' : '✗'} subjects: ${report.subjects.join(', ') || '(none)'}`,
    `${citizenFields.length > 0 ? '✓' : '✗'} fields: ${report.fields.join(', ') || '(none)'}`,
    ...(report.refused.length > 0 ? [`  refused: ${report.refused.join(', ')}`] : []),
  ];
  if (!named) return result(false, `the report does not name ${fin}`, details);
  if (citizenFields.length === 0) {
    return result(false, 'the report names no Citizen field that was read', details);
  }
  return result(true, `${fin} and ${report.fields.length} field(s) reported`, details);
}
