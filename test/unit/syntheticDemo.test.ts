import { describe, expect, it } from 'vitest';
import type { CitizenProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { generateBatch } from '../../seed/synthetic/generateBatch.ts';

const REFERENCE = '2026-11-01';
const AZ_LETTERS = /[əƏğĞıİöÖüÜşŞçÇ]/;

function demo(seed: number): CitizenProfile[] {
  return generateBatch({ seed, from: 0, to: 8, count: 1_000 });
}

function byFin(people: readonly CitizenProfile[], fin: string): CitizenProfile {
  const person = people.find((p) => p.fin === fin);
  if (person === undefined) throw new Error(`${fin} is missing`);
  return person;
}

function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

const people = demo(1);

describe('demo citizens', () => {
  it('hold indices 0..4 in order, with the same data for every seed but relatives’ FINs', () => {
    expect(people.slice(0, 5).map((p) => p.fin)).toEqual([
      '5ZK7P2Q',
      '3HRT9WX',
      '7DMV4LA',
      '2NXC8FE',
      '9BQ6YTJ',
    ]);
    const other = demo(99);
    const relativeFins = new Set(other.slice(5).map((p) => p.fin));
    for (let index = 0; index < 5; index++) {
      expect({ ...other[index], family: [] }).toEqual({ ...people[index], family: [] });
      expect(other[index]?.family.every((link) => relativeFins.has(link.fin))).toBe(true);
    }
  });

  it('have realistic Azerbaijani names with patronymics', () => {
    for (const p of people) {
      const full = `${p.person.surname} ${p.person.givenName} ${p.person.patronymic}`;
      expect(full, full).toMatch(AZ_LETTERS);
      expect(p.person.patronymic).toMatch(p.person.sex === 'M' ? / oğlu$/ : / qızı$/);
    }
    expect(byFin(people, '3HRT9WX').person).toMatchObject({
      surname: 'Əliyev',
      givenName: 'Rəşad',
      patronymic: 'Vüqar oğlu',
    });
  });

  it('5ZK7P2Q is an old-age pensioner with 24 payments and a 9.3 % indexation', () => {
    const p = byFin(people, '5ZK7P2Q');
    const pension = p.pension;
    expect(pension?.type).toBe('OLD_AGE');
    expect(pension?.status).toBe('ACTIVE');
    expect(age(p.person.birthDate, pension?.assignedOn ?? '')).toBeGreaterThanOrEqual(65);
    expect(pension?.insuranceMonths).toBeGreaterThanOrEqual(300);
    expect(pension?.payments.length).toBeGreaterThanOrEqual(24);
    const jan2026 = pension?.changes.find((c) => c.effectiveOn === '2026-01-01');
    expect(jan2026).toMatchObject({ kind: 'INDEXATION', rateBp: 930 });
    // Above the minimum, the whole amount is the insurance part: it rises by 9.3 % (±1 qəpik).
    const raised = ((jan2026?.amountBefore ?? 0) * 10_930) / 10_000;
    expect(Math.abs((jan2026?.amountAfter ?? 0) - raised)).toBeLessThanOrEqual(1);
    const oct = pension?.payments.find((x) => x.period === '2026-10-01');
    const dec = pension?.payments.find((x) => x.period === '2025-12-01');
    expect(oct?.amount).toBeGreaterThan(dec?.amount ?? Infinity);
    expect(p.unemployment).toBeNull();
    expect(p.disability).toBeNull();
  });

  it('3HRT9WX is unemployed on the benefit, in "İşsizin dostu", with one refused offer', () => {
    const u = byFin(people, '3HRT9WX').unemployment;
    expect(u?.status).toBe('UNEMPLOYED');
    // No benefit is drawn under the placement's contract: paid before it, suspended now.
    expect(u?.benefit?.status).toBe('SUSPENDED');
    expect(u?.benefit?.payments.length).toBeGreaterThan(0);
    const contract = u?.contracts.find((c) => c.programmeId !== undefined);
    expect(contract).toMatchObject({
      employerName: 'Təmiz Şəhər ASC',
      startedOn: u?.programmes[0]?.startedOn,
      endedOn: u?.programmes[0]?.endsOn,
      terminationArticle: null,
    });
    for (const pay of u?.benefit?.payments ?? []) {
      expect(pay.period < (contract?.startedOn ?? '')).toBe(true);
    }
    expect((u?.benefit?.startsOn ?? '9999') < REFERENCE).toBe(true);
    expect((u?.benefit?.endsOn ?? '') >= REFERENCE).toBe(true);
    const active = u?.programmes.filter((x) => x.status === 'ACTIVE') ?? [];
    expect(active).toHaveLength(1);
    expect(active[0]).toMatchObject({ kind: 'PUBLIC_WORKS', name: 'İşsizin dostu' });
    expect(u?.offers.filter((o) => o.response === 'REFUSED')).toHaveLength(1);
    expect(byFin(people, '3HRT9WX').pension).toBeNull();
  });

  it('7DMV4LA has degree II (70 %), a disability pension and allowance, and diagnoses', () => {
    const p = byFin(people, '7DMV4LA');
    const current = p.disability?.decisions.filter((d) => d.status === 'CURRENT') ?? [];
    expect(current).toHaveLength(1);
    expect(current[0]).toMatchObject({ degree: 'II', percent: 70 });
    expect(p.pension).toMatchObject({ type: 'DISABILITY', status: 'ACTIVE' });
    expect(
      p.allowances.filter((a) => a.type === 'DISABILITY' && a.status === 'ACTIVE'),
    ).toHaveLength(1);
    expect(p.disability?.diagnoses.length).toBeGreaterThan(0);
  });

  it('2NXC8FE is a child with limited health capacity, linked to a parent both ways', () => {
    const child = byFin(people, '2NXC8FE');
    expect(age(child.person.birthDate, REFERENCE)).toBeLessThan(18);
    const current = child.disability?.decisions.find((d) => d.status === 'CURRENT');
    expect(current?.degree).toBe('CHILD');
    expect(
      child.allowances.some((a) => a.type === 'CHILD_WITH_DISABILITY' && a.status === 'ACTIVE'),
    ).toBe(true);
    const parents = child.family.filter((l) => l.relation === 'PARENT');
    expect(parents.length).toBeGreaterThan(0);
    for (const link of parents) {
      const parent = byFin(people, link.fin);
      expect(parent.index).toBeGreaterThanOrEqual(5);
      expect(parent.family).toContainEqual({ relation: 'CHILD', fin: '2NXC8FE' });
      expect(age(parent.person.birthDate, child.person.birthDate)).toBeGreaterThanOrEqual(16);
    }
  });

  it('9BQ6YTJ is known to the population registry only', () => {
    const p = byFin(people, '9BQ6YTJ');
    expect(p).toMatchObject({
      pension: null,
      allowances: [],
      unemployment: null,
      disability: null,
      family: [],
    });
    expect(p.person.deathDate).toBeNull();
  });

  it('keep their situations at another reference date', () => {
    const later = generateBatch({ seed: 1, from: 0, to: 8, count: 8, referenceDate: '2027-06-15' });
    expect(byFin(later, '5ZK7P2Q').pension?.payments.length).toBeGreaterThanOrEqual(24);
    expect(byFin(later, '3HRT9WX').unemployment?.benefit?.status).toBe('SUSPENDED');
    expect(byFin(later, '3HRT9WX').unemployment?.programmes[0]?.status).toBe('ACTIVE');
    expect(byFin(later, '2NXC8FE').disability?.decisions.at(-1)?.degree).toBe('CHILD');
  });
});
