import { describe, expect, it } from 'vitest';
import type { CitizenProfile } from '../../seed/synthetic/CitizenProfile.ts';
import { generateBatch } from '../../seed/synthetic/generateBatch.ts';
import { generateCitizens, SEED_REFERENCE_DATE } from '../../seed/synthetic/generateCitizens.ts';

function population(seed: number, count: number, batchSize?: number): CitizenProfile[] {
  return [...generateCitizens({ seed, count, batchSize })].flat();
}

describe('generateCitizens determinism', () => {
  it('yields deep-equal populations for the same seed', () => {
    expect(population(11, 1_500)).toEqual(population(11, 1_500));
  });

  it('yields different people for a different seed', () => {
    const a = population(11, 1_000).slice(8);
    const b = population(12, 1_000).slice(8);
    const sameFin = a.filter((p, i) => p.fin === b[i]?.fin).length;
    const sameBirth = a.filter((p, i) => p.person.birthDate === b[i]?.person.birthDate).length;
    expect(sameFin).toBe(0);
    expect(sameBirth).toBeLessThan(a.length / 20);
  });

  it('defaults the reference date to 2026-11-01, not the clock', () => {
    expect(SEED_REFERENCE_DATE).toBe('2026-11-01');
    const explicit = generateBatch({
      seed: 3,
      from: 0,
      to: 200,
      count: 200,
      referenceDate: '2026-11-01',
    });
    expect(generateBatch({ seed: 3, from: 0, to: 200, count: 200 })).toEqual(explicit);
  });

  it('puts citizens in index order with indices 0..count-1, in batches of batchSize', () => {
    const batches = [...generateCitizens({ seed: 5, count: 2_345, batchSize: 500 })];
    expect(batches.map((b) => b.length)).toEqual([500, 500, 500, 500, 345]);
    expect(batches.flat().map((p) => p.index)).toEqual(Array.from({ length: 2_345 }, (_, i) => i));
  });
});

describe('prefix property', () => {
  it('makes a population a prefix of a larger one for whole household blocks', () => {
    const small = population(21, 2_000);
    expect(population(21, 3_000).slice(0, 2_000)).toEqual(small);
  });

  it('changes a straddling block only by the links to people beyond count', () => {
    const cut = population(21, 2_003);
    expect(cut.slice(0, 2_000)).toEqual(population(21, 2_400).slice(0, 2_000));
    let dropped = 0;
    for (let first = 2_000; first < 2_400; first += 4) {
      for (const count of [first + 1, first + 2, first + 3]) {
        const whole = generateBatch({ seed: 21, from: first, to: first + 4, count: first + 4 });
        const part = generateBatch({ seed: 21, from: first, to: count, count });
        const present = new Set(part.map((p) => p.fin));
        part.forEach((p, k) => {
          const full = whole[k];
          const kept = full?.family.filter((link) => present.has(link.fin)) ?? [];
          dropped += (full?.family.length ?? 0) - kept.length;
          expect(p).toEqual({ ...full, family: kept });
        });
      }
    }
    // Otherwise the check above would be vacuous.
    expect(dropped).toBeGreaterThan(20);
  });

  it('keeps links inside the population and reciprocal when count cuts a block', () => {
    for (const count of [5, 6, 9, 2_003, 2_005]) {
      const people = population(33, count);
      const byFin = new Map(people.map((p) => [p.fin, p]));
      for (const p of people) {
        for (const link of p.family) {
          const other = byFin.get(link.fin);
          expect(other, `${p.fin} → ${link.fin} (count ${count})`).toBeDefined();
          const back = { SPOUSE: 'SPOUSE', CHILD: 'PARENT', PARENT: 'CHILD' }[link.relation];
          expect(other?.family).toContainEqual({ relation: back, fin: p.fin });
        }
      }
    }
  });
});

describe('generateBatch', () => {
  it('generates any slice on its own, equal to the same slice of the whole', () => {
    const whole = population(44, 1_200);
    const pieces = [
      generateBatch({ seed: 44, from: 0, to: 333, count: 1_200 }),
      generateBatch({ seed: 44, from: 333, to: 1_001, count: 1_200 }),
      generateBatch({ seed: 44, from: 1_001, to: 5_000, count: 1_200 }),
    ];
    expect(pieces.flat()).toEqual(whole);
  });

  it('rejects a bad seed, count or reference date', () => {
    expect(() => generateBatch({ seed: 1.5, from: 0, to: 1, count: 1 })).toThrow(RangeError);
    expect(() => generateBatch({ seed: 1, from: 0, to: 1, count: -1 })).toThrow(RangeError);
    const bad = { seed: 1, from: 0, to: 1, count: 1 };
    expect(() => generateBatch({ ...bad, referenceDate: '2026-02-30' })).toThrow(RangeError);
    expect(() => generateBatch({ ...bad, referenceDate: '2019-01-01' })).toThrow(RangeError);
  });
});
