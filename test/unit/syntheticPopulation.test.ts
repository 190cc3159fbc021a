import { describe, expect, it } from 'vitest';
import type { CitizenProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { generateCitizens } from '../../seed/synthetic/generateCitizens.ts';

const REFERENCE = '2026-11-01';
const people = [...generateCitizens({ seed: 5_000, count: 6_000 })].flat();
const byFin = new Map(people.map((p) => [p.fin, p]));

function age(birth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  return on.slice(5) < birth.slice(5) ? years - 1 : years;
}

/** Every id of every table, by table name. */
function idsByTable(p: CitizenProfile): Record<string, number[]> {
  const u = p.unemployment;
  const d = p.disability;
  return {
    pension: p.pension === null ? [] : [p.pension.id],
    pensionChange: p.pension?.changes.map((c) => c.id) ?? [],
    pensionPayment: p.pension?.payments.map((x) => x.id) ?? [],
    allowance: p.allowances.map((a) => a.id),
    registration: u === null ? [] : [u.registrationId],
    statusChange: u?.statusHistory.map((s) => s.id) ?? [],
    contract: u?.contracts.map((c) => c.id) ?? [],
    offer: u?.offers.map((o) => o.id) ?? [],
    benefit: u?.benefit ? [u.benefit.decisionId] : [],
    benefitPayment: u?.benefit?.payments.map((x) => x.id) ?? [],
    programme: u?.programmes.map((x) => x.id) ?? [],
    decision: d?.decisions.map((x) => x.id) ?? [],
    referral: d?.referrals.map((x) => x.id) ?? [],
    diagnosis: d?.diagnoses.map((x) => x.id) ?? [],
  };
}

function numbersIn(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) numbersIn(item, found);
  else if (value !== null && typeof value === 'object')
    for (const item of Object.values(value)) numbersIn(item, found);
  return found;
}

describe('identity', () => {
  it('gives every citizen a valid, unique FIN and indices in order', () => {
    expect(byFin.size).toBe(people.length);
    people.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.fin).toMatch(/^[0-9A-HJ-NP-Z]{7}$/);
    });
  });

  it('keeps ids unique per table across the population, positive and derived from the index', () => {
    const seen: Record<string, Set<number>> = {};
    for (const p of people) {
      for (const [table, ids] of Object.entries(idsByTable(p))) {
        const set = (seen[table] ??= new Set());
        for (const id of ids) {
          expect(Number.isSafeInteger(id) && id > 0, `${table} ${id}`).toBe(true);
          expect(set.has(id), `${table} ${id} twice`).toBe(false);
          set.add(id);
        }
      }
    }
    for (const table of Object.keys(idsByTable(people[0] ?? ({} as CitizenProfile)))) {
      expect(seen[table]?.size ?? 0, table).toBeGreaterThan(0);
    }
  });

  it('holds money and every other number as integers — never floats', () => {
    const floats = people.flatMap((p) => numbersIn(p)).filter((n) => !Number.isSafeInteger(n));
    expect(floats).toEqual([]);
  });
});

describe('family links', () => {
  it('are reciprocal and point inside the population', () => {
    let links = 0;
    for (const p of people) {
      for (const link of p.family) {
        links++;
        const other = byFin.get(link.fin);
        expect(other, `${p.fin} → ${link.fin}`).toBeDefined();
        const back = { SPOUSE: 'SPOUSE', CHILD: 'PARENT', PARENT: 'CHILD' }[link.relation];
        expect(other?.family).toContainEqual({ relation: back, fin: p.fin });
      }
    }
    expect(links).toBeGreaterThan(people.length / 2);
  });

  it('make parents at least 16 years older than their children, and spouses adults', () => {
    for (const p of people) {
      for (const link of p.family) {
        const other = byFin.get(link.fin);
        if (other === undefined) continue;
        if (link.relation === 'PARENT')
          expect(age(other.person.birthDate, p.person.birthDate)).toBeGreaterThanOrEqual(16);
        if (link.relation === 'SPOUSE')
          expect(age(p.person.birthDate, REFERENCE)).toBeGreaterThanOrEqual(18);
      }
    }
  });

  it('name children after their father: patronymic = his given name + oğlu/qızı', () => {
    let checked = 0;
    for (const p of people) {
      expect(p.person.patronymic).toMatch(p.person.sex === 'M' ? /^\S+ oğlu$/ : /^\S+ qızı$/);
      for (const link of p.family.filter((l) => l.relation === 'PARENT')) {
        const parent = byFin.get(link.fin);
        if (parent?.person.sex !== 'M') continue;
        checked++;
        expect(p.person.patronymic.split(' ')[0]).toBe(parent.person.givenName);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('names', () => {
  const AZ_LETTER = /[əƏğĞıİöÖüÜşŞçÇ]/;
  const NAME = /^[A-Za-zƏəĞğIıİiÖöÜüŞşÇç]+(-[A-Za-zƏəĞğIıİiÖöÜüŞşÇç]+)?$/u;

  it('use the Azerbaijani Latin alphabet, as NFC UTF-8 that survives a round trip', () => {
    for (const p of people) {
      for (const part of [
        p.person.surname,
        p.person.givenName,
        p.person.patronymic.split(' ')[0] ?? '',
      ]) {
        expect(part, p.fin).toMatch(NAME);
        expect(part.normalize('NFC')).toBe(part);
        expect(new TextDecoder().decode(new TextEncoder().encode(part))).toBe(part);
      }
    }
  });

  it('contain the letters ə ğ ı ö ü ş ç in most full names', () => {
    const full = people.map(
      (p) => `${p.person.surname} ${p.person.givenName} ${p.person.patronymic}`,
    );
    const withLetters = full.filter((name) => AZ_LETTER.test(name)).length;
    expect(withLetters / full.length).toBeGreaterThan(0.6);
    for (const letter of ['ə', 'ğ', 'ı', 'ö', 'ü', 'ş', 'ç']) {
      expect(
        full.some((name) => name.includes(letter)),
        letter,
      ).toBe(true);
    }
  });

  it('give women the feminine surname form (-ova/-eva, never -ov/-ev)', () => {
    for (const p of people) {
      if (p.person.sex === 'F') expect(p.person.surname, p.fin).not.toMatch(/(ov|ev)$/);
      else expect(p.person.surname, p.fin).not.toMatch(/(ova|eva)$/);
    }
  });
});

describe('deaths', () => {
  const deceased = people.filter((p) => p.person.deathDate !== null);

  it('affect a few per cent, dated after birth and before the reference date', () => {
    expect(deceased.length / people.length).toBeGreaterThan(0.01);
    expect(deceased.length / people.length).toBeLessThan(0.08);
    for (const p of deceased) {
      const death = p.person.deathDate ?? '';
      expect(death > p.person.birthDate && death < REFERENCE, p.fin).toBe(true);
    }
  });

  it('end every monthly allowance and never precede the birth of one’s children', () => {
    for (const p of deceased) {
      const death = p.person.deathDate ?? '';
      for (const a of p.allowances) {
        expect(a.status, p.fin).not.toBe('ACTIVE');
        expect(a.grantedOn < death).toBe(true);
        if (a.periodicity === 'MONTHLY') expect((a.endsOn ?? '9999') <= death).toBe(true);
      }
      for (const link of p.family.filter((l) => l.relation === 'CHILD')) {
        expect((byFin.get(link.fin)?.person.birthDate ?? '') <= death, p.fin).toBe(true);
      }
      expect([null, 'DEREGISTERED']).toContain(p.unemployment?.status ?? null);
    }
  });
});

describe('addresses', () => {
  it('register people in real regions and districts, households together', () => {
    for (const p of people) {
      expect(p.person.region.length).toBeGreaterThan(0);
      expect(p.person.district.length).toBeGreaterThan(0);
      expect(p.person.street).toMatch(/, ev \d+/);
      expect(p.person.citizenship).toMatch(/^[A-Z]{3}$/);
      for (const link of p.family.filter((l) => l.relation === 'SPOUSE')) {
        expect(byFin.get(link.fin)?.person.street).toBe(p.person.street);
      }
    }
    const baku = people.filter((p) => p.person.region === 'Bakı');
    expect(baku.length / people.length).toBeGreaterThan(0.15);
    expect(new Set(baku.map((p) => p.person.district))).toContain('Nəsimi');
  });
});
