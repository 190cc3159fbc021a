import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createRequiredFields, requiresOf } from '../../gateway/audit/createRequiredFields.ts';

const SUPERGRAPH = readFileSync(
  new URL('../../schema/supergraph.graphql', import.meta.url),
  'utf8',
);

describe("the audit's view of @requires", () => {
  it('reads what each computed field requires from the supergraph, nested fields included', () => {
    const required = requiresOf(SUPERGRAPH).get('Citizen.eligibilityHints');
    expect(required).toEqual(
      expect.arrayContaining([
        'Citizen.birthDate',
        'Citizen.pension',
        'PensionRecord.allowances',
        'SocialAllowance.type',
        'UnemploymentRecord.benefit',
        'InsuranceBenefit.endsOn',
        'DisabilityRecord.degree',
      ]),
    );
    expect(required).not.toContain('Citizen.eligibilityHints');
  });

  it('adds them only when a requested field requires them, per served schema', () => {
    const fields = createRequiredFields();
    const served = buildSchema('type Query { a: Int }');
    fields.schemaChanged(served, SUPERGRAPH);
    expect(fields.requiredBy(served, ['Query.citizen', 'Citizen.fullName'])).toEqual([]);
    expect(fields.requiredBy(served, ['Citizen.eligibilityHints'])).toContain(
      'LabourPension.status',
    );
  });
});
