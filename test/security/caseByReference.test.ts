import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCLOSURE_EXTENSION } from '@dost/platform/disclosureReport.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { errorCodes, operator } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const FIN = '3HRT9WX';
const READ = `query ($reference: String!) { case(reference: $reference) { reference fin status } }`;

const operatorAt = (centre: string): Identity => operator({ actor: `op-${centre}`, centre });

/**
 * Query.case's own description: "for staff with a purpose, operators only at the case's
 * centre, and for the citizen it is about". An operator of another centre used to read any
 * case by its reference (its citizen's FIN and service) with any purpose at all.
 */
describe.each(testDialects())('case(reference) on $name', (dialect) => {
  let subgraph: TestSubgraph;
  let reference: string;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({ name: 'services', dialect });
    const opened = await subgraph.call<{ openCase: { reference: string } }>(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { reference } }`,
      operatorAt('baku-1'),
      {
        variables: { input: { idempotencyKey: 'case-by-ref-1', fin: FIN, serviceCode: 'EMP-02' } },
      },
    );
    reference = opened.data?.openCase.reference ?? '';
    expect(reference).toMatch(/^APP-/);
  });
  afterAll(() => subgraph.close());

  const read = (identity: Identity) =>
    subgraph.call<{ case: { fin: string } | null }>(READ, identity, { variables: { reference } });

  it('refuses an operator of another centre, and reports the refusal against the citizen', async () => {
    const result = await read(operatorAt('ganja'));
    expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    expect(result.data?.case ?? null).toBeNull();
    const report = (result as { extensions?: Record<string, unknown> }).extensions?.[
      DISCLOSURE_EXTENSION
    ] as { subjects: string[]; refused: string[] } | undefined;
    expect(report).toMatchObject({ subjects: [FIN], refused: ['Query.case'] });
  });

  it('serves the operators of the case’s centre, officers with a purpose, and its citizen', async () => {
    for (const identity of [
      operatorAt('baku-1'),
      operator({ actor: 'eo-1', role: 'employment_officer', centre: null, agency: 'DMA' }),
      operator({ actor: `citizen:${FIN}`, role: 'citizen', fin: FIN, centre: null, purpose: null }),
    ]) {
      const result = await read(identity);
      expect(result.errors, identity.role).toBeUndefined();
      expect(result.data?.case?.fin).toBe(FIN);
    }
  });

  it('refuses another citizen and staff without a purpose', async () => {
    const other = operator({ role: 'citizen', fin: '5ZK7P2Q', centre: null, purpose: null });
    expect(errorCodes(await read(other))).toContain('FORBIDDEN');
    expect(errorCodes(await read(operator({ centre: 'baku-1', purpose: null })))).toContain(
      'FORBIDDEN',
    );
  });
});
