import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { DEMO_FINS, type DemoFin } from '../../seed/synthetic/demoFins.ts';
import { daysBetween } from '../../subgraphs/services/eligibility/factsOf.ts';
import { errorCodes } from '../helpers/callSubgraph.ts';
import { grantConsentFor } from '../helpers/grantConsentFor.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/*
 * Citizen.eligibilityHints through the real gateway: the services subgraph computes them from
 * the facts the gateway first fetches from people, pensions, unemployment and disability
 * (@requires), under the caller's identity.
 */

interface Hint {
  rule: string;
  service: { code: string };
  facts: { name: string; value: string }[];
}

const HINTS = '{ rule service { code } facts { name value } }';
const CITIZEN_HINTS = `query Hints($fin: FIN!) { citizen(fin: $fin) { fin eligibilityHints ${HINTS} } }`;

/**
 * Each demo citizen's hints as docs/eligibility-hints.md documents them, apart from rules
 * whose facts are days from today (added below from the citizen's own dates).
 */
const DOCUMENTED: Record<DemoFin, string[]> = {
  '5ZK7P2Q': [],
  '3HRT9WX': ['UNEMPLOYED_SELF_EMPLOYMENT'],
  '7DMV4LA': [],
  '2NXC8FE': ['REEXAMINATION_DUE'],
  '9BQ6YTJ': [],
};

const today = () => new Date().toISOString().slice(0, 10);

const [sqlite] = testDialects();

describe('eligibility hints through the gateway', () => {
  let system: RunningSystem;
  let operator: string;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 40 });
    operator = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
  });
  afterAll(() => system.close());

  const asOperator = (fin: DemoFin) =>
    system.query<{ citizen: { eligibilityHints: Hint[] | null } | null }>(CITIZEN_HINTS, {
      token: operator,
      headers: { 'x-dost-purpose': caseOf(fin) },
      variables: { fin },
    });

  /**
   * The one rule of the demo whose outcome moves with the calendar (3HRT9WX's benefit ends
   * 2027-04-30): expected from the citizen's own dates as they read them, per rules.ts.
   */
  const benefitEndingSoon = async (fin: DemoFin): Promise<string[]> => {
    const token = await system.token({ sub: `c-${fin}`, role: 'citizen', fin });
    const own = await system.query<{
      me: {
        unemployment: {
          benefit: { status: string; endsOn: string } | null;
          programmes: { kind: string; status: string }[];
        } | null;
      };
    }>('{ me { unemployment { benefit { status endsOn } programmes { kind status } } } }', {
      token,
    });
    const record = own.data?.me.unemployment ?? null;
    const benefit = record?.benefit ?? null;
    if (record === null || benefit === null || benefit.status !== 'PAYING') return [];
    const inPublicWorks = record.programmes.some(
      (p) => p.kind === 'PUBLIC_WORKS' && p.status === 'ACTIVE',
    );
    const days = daysBetween(today(), benefit.endsOn);
    return days >= 0 && days <= 30 && !inPublicWorks ? ['BENEFIT_ENDING_PUBLIC_WORKS'] : [];
  };

  it.each(DEMO_FINS)('shows %s the hints documented for them', async (fin) => {
    const result = await asOperator(fin);
    expect(result.errors).toBeUndefined();
    const hints = result.data?.citizen?.eligibilityHints ?? [];
    const expected = [...DOCUMENTED[fin], ...(await benefitEndingSoon(fin))];
    expect(hints.map((hint) => hint.rule).sort()).toEqual(expected.sort());
    for (const hint of hints) {
      expect(hint.service.code).toMatch(/^[A-Z]{3}-\d{2}$/);
      expect(hint.facts.length).toBeGreaterThan(0);
    }
  });

  it('computes no hint from a registry that did not answer', async () => {
    let during: Awaited<ReturnType<typeof asOperator>> | undefined;
    await system.restartSubgraph('pensions', {
      whileDown: async () => {
        during = await asOperator('7DMV4LA');
      },
    });
    // Without pensions, 7DMV4LA's paid disability allowance is unknown: DISABILITY_NO_ALLOWANCE
    // would fire on a guess.
    // The rest of the answer stands: the citizen is still there, the hints alone are null.
    expect(during?.data?.citizen).toMatchObject({ eligibilityHints: null });
    expect(during === undefined ? [] : errorCodes(during)).toContain('REGISTRY_UNAVAILABLE');
  });

  it.each(['pension_officer', 'employment_officer', 'disability_officer'] as const)(
    'lets a %s with a purpose read the same hints, every fact readable to them',
    async (role) => {
      // A fact refused to a reader the hints admit would reach the rules as null ("no
      // record") and could make a hint up: every registry's rules must admit the same readers.
      const token = await system.token({ sub: `${role}-1`, role, agency: 'DOST' });
      for (const fin of ['3HRT9WX', '7DMV4LA', '2NXC8FE'] as const) {
        const result = await system.query<{ citizen: { eligibilityHints: Hint[] } | null }>(
          CITIZEN_HINTS,
          { token, headers: purposeHeader(role), variables: { fin } },
        );
        expect(result.errors, `${role} reading ${fin}`).toBeUndefined();
        const byOperator = await asOperator(fin);
        expect(result.data?.citizen?.eligibilityHints).toEqual(
          byOperator.data?.citizen?.eligibilityHints,
        );
      }
    },
  );

  it('names the service and every fact the rule read', async () => {
    const result = await asOperator('2NXC8FE');
    const [hint] = result.data?.citizen?.eligibilityHints ?? [];
    expect(hint?.service.code).toBe('MSE-03');
    expect(hint?.facts.map((fact) => fact.name)).toEqual([
      'disabilityDegree',
      'reexaminationInDays',
    ]);
    expect(hint?.facts[0]?.value).toBe('CHILD_LIMITED_HEALTH_CAPACITY');
  });

  it('records in the audit trail every registry and field the @requires fetches read', async () => {
    const result = await asOperator('3HRT9WX');
    expect(result.errors).toBeUndefined();
    const record = (await system.auditDb(AUDIT_TABLES.record).orderBy('seq', 'desc').first()) as {
      subjects: string;
      registries: string;
      fields: string;
      outcome: string;
    };
    const list = (value: unknown): unknown =>
      typeof value === 'string' ? JSON.parse(value) : value;
    expect(record.outcome).toBe('DISCLOSED');
    expect(list(record.registries)).toEqual(
      expect.arrayContaining(['people', 'pensions', 'unemployment', 'disability', 'services']),
    );
    expect(list(record.fields)).toEqual(
      expect.arrayContaining([
        'Citizen.eligibilityHints',
        'EligibilityHint.rule',
        'HintFact.value',
        'Citizen.birthDate',
        'Citizen.pension',
        'Citizen.unemployment',
        'UnemploymentRecord.status',
        'InsuranceBenefit.endsOn',
        'ProgrammeParticipation.kind',
        'Citizen.disability',
      ]),
    );
  });

  it('answers the citizen their own hints, and they see the staff read in their log', async () => {
    const token = await system.token({ sub: 'c-2', role: 'citizen', fin: '2NXC8FE' });
    const own = await system.query<{ me: { eligibilityHints: Hint[] } }>(
      `{ me { eligibilityHints ${HINTS} } }`,
      { token },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data?.me.eligibilityHints.map((hint) => hint.rule)).toContain('REEXAMINATION_DUE');
    const log = await system.query<{
      me: { accessLog: { edges: { node: { fields: string[]; actor: { role: string } } }[] } };
    }>('{ me { accessLog(first: 20) { edges { node { fields actor { role } } } } } }', { token });
    const staffReads = (log.data?.me.accessLog.edges ?? []).filter(
      (edge) => edge.node.actor.role === 'OPERATOR',
    );
    // The staff read names the hints and the facts the rules read from the other registries.
    expect(staffReads[0]?.node.fields).toEqual(
      expect.arrayContaining([
        'Citizen.eligibilityHints',
        'Citizen.birthDate',
        'DisabilityRecord.reexaminationOn',
        'SocialAllowance.type',
      ]),
    );
  });

  it("refuses another citizen's hints", async () => {
    const token = await system.token({ sub: 'c-9', role: 'citizen', fin: '9BQ6YTJ' });
    const result = await system.query<{ citizen: { eligibilityHints: Hint[] | null } | null }>(
      CITIZEN_HINTS,
      { token, variables: { fin: '2NXC8FE' } },
    );
    expect(result.data?.citizen?.eligibilityHints ?? null).toBeNull();
    expect(errorCodes(result)).toContain('FORBIDDEN');
  });

  it('refuses an operator without a purpose before any registry is read', async () => {
    const result = await system.query(CITIZEN_HINTS, {
      token: operator,
      variables: { fin: '2NXC8FE' },
    });
    expect(result.status).toBe(403);
    expect(result.data ?? null).toBeNull();
    expect(errorCodes(result)).toEqual(['PURPOSE_REQUIRED']);
  });

  it('refuses a partner, whatever scopes its agreement names and its consent holds', async () => {
    // With the citizen's consent, so that the refusal is the hints' own, not the consent check's.
    const scopes = ['pension:status', 'pension:amount', 'population:alive'];
    await grantConsentFor(system, '7DMV4LA', 'kapital-bank', scopes);
    const token = await system.token({
      sub: 'bank-1',
      role: 'partner',
      agency: 'kapital-bank',
      scopes,
    });
    const result = await system.query<{ citizen: { eligibilityHints: Hint[] | null } | null }>(
      CITIZEN_HINTS,
      {
        token,
        headers: { 'x-dost-purpose': 'AGREEMENT:KB-2026-77' },
        variables: { fin: '7DMV4LA' },
      },
    );
    expect(result.data?.citizen?.eligibilityHints ?? null).toBeNull();
    expect(errorCodes(result)).toContain('FORBIDDEN');
  });
});
