import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistrySubgraphName } from '../../subgraphs/catalog.ts';
import { finFromIndex } from '../../seed/synthetic/finFromIndex.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import type { DemoFin } from '../../seed/synthetic/demoFins.ts';
import { PURPOSE_OF } from '../helpers/purposes.ts';
import { caseOf, startSystem, TEST_SEED, type RunningSystem } from '../helpers/startSystem.ts';

const ONE_WINDOW = /* GraphQL */ `
  query OneWindow($fin: FIN!) {
    citizen(fin: $fin) {
      fin
      fullName
      birthDate
      deathDate
      family {
        relation
        citizen {
          fin
          birthDate
        }
      }
      pension {
        labourPension {
          type
          status
          amount
          assignedOn
        }
        allowances {
          type
          status
          amount
        }
      }
      unemployment {
        status
        refusedOffers
        benefit {
          status
          monthlyAmount
          startsOn
          endsOn
        }
        programmes {
          kind
          name
          status
        }
      }
      disability {
        degree
        percent
        validFrom
        reexaminationOn
        indefinite
      }
    }
  }
`;

interface OneWindowView {
  citizen: {
    fin: string;
    fullName: string;
    birthDate: string;
    family: { relation: string; citizen: { fin: string; birthDate: string } }[];
    pension: {
      labourPension: { type: string; status: string; amount: string; assignedOn: string } | null;
      allowances: { type: string; status: string; amount: string }[];
    } | null;
    unemployment: {
      status: string;
      refusedOffers: number;
      benefit: { status: string; monthlyAmount: string } | null;
      programmes: { kind: string; name: string; status: string }[];
    } | null;
    disability: { degree: string; percent: number } | null;
  } | null;
}

describe.each(testDialects())('one window through the gateway on $name', (dialect) => {
  let system: RunningSystem;
  let operatorToken: string;

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 400 });
    operatorToken = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
  });
  afterAll(() => system.close());

  /** An operator at baku-1 reading a demo citizen, citing their open case there. */
  const asOperator = <T>(query: string, fin: DemoFin) =>
    system.query<T>(query, {
      token: operatorToken,
      variables: { fin },
      headers: { 'x-dost-purpose': caseOf(fin) },
    });
  /** A pension officer, under a basis that needs no case: for reads of anyone. */
  const asOfficer = async <T>(query: string, variables: Record<string, unknown>) =>
    system.query<T>(query, {
      token: await system.token({ sub: 'po-3', role: 'pension_officer', agency: 'DSMF' }),
      variables,
      headers: { 'x-dost-purpose': PURPOSE_OF.pension_officer },
    });

  it('shows the old-age pensioner 5ZK7P2Q with a running pension', async () => {
    const { data, errors } = await asOperator<OneWindowView>(ONE_WINDOW, '5ZK7P2Q');
    expect(errors).toBeUndefined();
    const pension = data?.citizen?.pension?.labourPension;
    expect(pension).toMatchObject({ type: 'OLD_AGE', status: 'ACTIVE' });
    expect(Number(pension?.amount)).toBeGreaterThanOrEqual(349.76);
    const ageAtAssignment =
      Number(pension?.assignedOn.slice(0, 4)) - Number(data?.citizen?.birthDate.slice(0, 4));
    expect(ageAtAssignment).toBeGreaterThanOrEqual(64);
  });

  it('shows the unemployed 3HRT9WX on a suspended benefit and in public works, with one refusal', async () => {
    const { data, errors } = await asOperator<OneWindowView>(ONE_WINDOW, '3HRT9WX');
    expect(errors).toBeUndefined();
    const record = data?.citizen?.unemployment;
    expect(record?.status).toBe('UNEMPLOYED');
    // No benefit is drawn under the placement's fixed-term contract: it is suspended meanwhile.
    expect(record?.benefit?.status).toBe('SUSPENDED');
    expect(record?.refusedOffers).toBe(1);
    expect(record?.programmes).toContainEqual(
      expect.objectContaining({ kind: 'PUBLIC_WORKS', name: 'İşsizin dostu', status: 'ACTIVE' }),
    );
  });

  it('shows 7DMV4LA with degree II, a disability pension and an allowance', async () => {
    const { data, errors } = await asOperator<OneWindowView>(ONE_WINDOW, '7DMV4LA');
    expect(errors).toBeUndefined();
    expect(data?.citizen?.disability).toMatchObject({ degree: 'II', percent: 70 });
    expect(data?.citizen?.pension?.labourPension?.type).toBe('DISABILITY');
    expect(data?.citizen?.pension?.allowances.map((a) => a.type)).toContain('DISABILITY');
  });

  it('shows the child 2NXC8FE with limited health capacity and a linked parent', async () => {
    const { data, errors } = await asOperator<OneWindowView>(ONE_WINDOW, '2NXC8FE');
    expect(errors).toBeUndefined();
    const citizen = data?.citizen;
    expect(citizen?.disability?.degree).toBe('CHILD_LIMITED_HEALTH_CAPACITY');
    expect(Number(citizen?.birthDate.slice(0, 4))).toBeGreaterThan(2026 - 18);
    const parent = citizen?.family.find((link) => link.relation === 'PARENT');
    expect(parent?.citizen.fin).toMatch(/^[0-9A-HJ-NP-Z]{7}$/);
    expect((parent?.citizen.birthDate ?? '9999') < (citizen?.birthDate ?? '')).toBe(true);
  });

  it('shows 9BQ6YTJ in the population registry only', async () => {
    const { data, errors } = await asOperator<OneWindowView>(ONE_WINDOW, '9BQ6YTJ');
    expect(errors).toBeUndefined();
    expect(data?.citizen).toMatchObject({
      fin: '9BQ6YTJ',
      pension: null,
      unemployment: null,
      disability: null,
    });
  });

  it('returns null for an unknown FIN and BAD_USER_INPUT for a malformed one', async () => {
    const unknown = await asOfficer<OneWindowView>(ONE_WINDOW, { fin: 'ZZZZZZ1' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.citizen).toBeNull();
    for (const fin of ['5zk7p2q', 'IO12345', '5ZK7P2', "5ZK7P2Q' OR 1=1"]) {
      const malformed = await asOfficer(ONE_WINDOW, { fin });
      expect(malformed.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(malformed.data ?? null).toBeNull();
    }
  });

  it('round-trips Azerbaijani letters in names', async () => {
    const { data } = await asOfficer<{ citizens: { fullName: string }[] }>(
      'query ($fins: [FIN!]!) { citizens(fins: $fins) { fullName } }',
      { fins: Array.from({ length: 100 }, (_, i) => finFromIndex(i + 10, TEST_SEED)) },
    );
    const names = (data?.citizens ?? []).map((c) => c.fullName).join(' ');
    expect(names).toMatch(/[əğıöüşçƏĞÖÜŞÇ]/);
    const rows = await system.dbs
      .people('vetendas')
      .whereIn('soyad', names.split(' '))
      .select('soyad');
    expect(rows.length).toBeGreaterThan(0);
  });

  it('pages through payment history without gaps or repeats', async () => {
    const officer = await system.token({ sub: 'po-3', role: 'pension_officer', agency: 'DSMF' });
    const page = (after: string | null) =>
      system.query<{
        citizen: {
          pension: {
            labourPension: {
              payments: {
                edges: { cursor: string; node: { period: string } }[];
                pageInfo: { hasNextPage: boolean; endCursor: string | null };
              };
            };
          };
        };
      }>(
        `query ($after: String) { citizen(fin: "5ZK7P2Q") { pension { labourPension {
           payments(first: 10, after: $after) { edges { cursor node { period } } pageInfo { hasNextPage endCursor } } } } } }`,
        {
          token: officer,
          variables: { after },
          headers: { 'x-dost-purpose': PURPOSE_OF.pension_officer },
        },
      );
    const periods: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i += 1) {
      const { data, errors } = await page(after);
      expect(errors).toBeUndefined();
      const payments = data?.citizen.pension.labourPension.payments;
      periods.push(...(payments?.edges.map((e) => e.node.period) ?? []));
      if (!payments?.pageInfo.hasNextPage) break;
      after = payments.pageInfo.endCursor;
    }
    expect(periods.length).toBeGreaterThanOrEqual(24);
    expect(new Set(periods).size).toBe(periods.length);
    expect([...periods].sort().reverse()).toEqual(periods);
  });

  it('runs as many SQL statements per registry for 100 citizens as for 1', async () => {
    const fins = Array.from({ length: 100 }, (_, i) => finFromIndex(i, TEST_SEED));
    const query = ONE_WINDOW.replace('citizen(fin: $fin)', 'citizens(fins: $fins)').replace(
      '$fin: FIN!',
      '$fins: [FIN!]!',
    );
    const count = async (list: string[]) => {
      const counts = new Map<RegistrySubgraphName, number>();
      const listeners = (Object.keys(richest) as RegistrySubgraphName[]).map((name) => {
        const listener = () => counts.set(name, (counts.get(name) ?? 0) + 1);
        system.dbs[name].on('query', listener);
        return () => system.dbs[name].removeListener('query', listener);
      });
      const { errors } = await asOfficer(query, { fins: list });
      listeners.forEach((off) => off());
      expect(errors).toBeUndefined();
      return Object.fromEntries(counts);
    };
    // For each registry, one citizen with a full record there (so every nested lookup runs).
    const richest: Partial<Record<RegistrySubgraphName, string>> = {
      people: '2NXC8FE',
      pensions: '5ZK7P2Q',
      unemployment: '3HRT9WX',
      disability: '7DMV4LA',
    };
    const hundred = await count(fins);
    expect(Object.keys(hundred).sort()).toEqual(Object.keys(richest).sort());
    expect(fins).toEqual(expect.arrayContaining(Object.values(richest)));
    for (const [name, fin] of Object.entries(richest)) {
      const one = await count([fin]);
      // Never more; fewer is fine (the batch's own citizens are already cached relatives).
      expect(hundred[name] ?? 0).toBeLessThanOrEqual(one[name] ?? 0);
      expect(hundred[name] ?? 0).toBeGreaterThan(0);
    }
  });

  it('refuses more than 100 FINs in one call', async () => {
    const fins = Array.from({ length: 101 }, (_, i) => finFromIndex(i, TEST_SEED));
    const { errors } = await asOfficer('query ($fins: [FIN!]!) { citizens(fins: $fins) { fin } }', {
      fins,
    });
    expect(errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
