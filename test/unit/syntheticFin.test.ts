import { describe, expect, it } from 'vitest';
import { FIN_PATTERN, isFin } from '@dost/platform/fin.ts';
import { DEMO_FINS } from '../../seed/synthetic/demoFins.ts';
import { finFromIndex } from '../../seed/synthetic/finFromIndex.ts';
import { permuteFinSpace, unpermuteFinSpace } from '../../seed/synthetic/finPermutation.ts';
import { indexFromFin } from '../../seed/synthetic/indexFromFin.ts';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const SPACE = 34 ** 7;

function fromBase34(fin: string): number {
  return [...fin].reduce((value, char) => value * 34 + ALPHABET.indexOf(char), 0);
}

describe('FIN shape', () => {
  it('accepts 7 capitals and digits without I or O', () => {
    expect(isFin('5ZK7P2Q')).toBe(true);
    expect(isFin('0000000')).toBe(true);
    expect(isFin('ZZZZZZZ')).toBe(true);
  });

  it('rejects I, O, lower case, wrong length and other characters', () => {
    for (const bad of [
      '5ZK7P2I',
      'O123456',
      '5zk7p2q',
      '5ZK7P2',
      '5ZK7P2QQ',
      '5ZK 7P2',
      'Ə123456',
    ]) {
      expect(isFin(bad), bad).toBe(false);
      expect(FIN_PATTERN.test(bad), bad).toBe(false);
    }
  });
});

describe('finFromIndex', () => {
  it('gives the demo FINs to indices 0..4 whatever the seed', () => {
    for (const seed of [0, 1, 42, -7, 2 ** 40]) {
      expect(DEMO_FINS.map((_, i) => finFromIndex(i, seed))).toEqual([
        '5ZK7P2Q',
        '3HRT9WX',
        '7DMV4LA',
        '2NXC8FE',
        '9BQ6YTJ',
      ]);
    }
  });

  it('is valid, unique and never a demo FIN over 200 000 indices', () => {
    const seen = new Set<string>(DEMO_FINS);
    const problems: string[] = [];
    for (let i = DEMO_FINS.length; i < 200_000; i++) {
      const fin = finFromIndex(i, 42);
      if (!isFin(fin) || seen.has(fin)) problems.push(`${i}: ${fin}`);
      seen.add(fin);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(200_000);
  });

  it('redirects an index the permutation would send onto a demo FIN', () => {
    // Find the index whose permuted value is a demo FIN; it must get another, unused FIN.
    let checked = 0;
    for (const seed of [1, 2, 3]) {
      for (const demo of DEMO_FINS) {
        const hit = unpermuteFinSpace(fromBase34(demo), seed);
        if (hit < DEMO_FINS.length) continue;
        checked++;
        expect(permuteFinSpace(hit, seed)).toBe(fromBase34(demo));
        const fin = finFromIndex(hit, seed);
        expect(fin).not.toBe(demo);
        expect(DEMO_FINS as readonly string[]).not.toContain(fin);
        expect(indexFromFin(fin, seed)).toBe(hit);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('depends on the seed', () => {
    const a = Array.from({ length: 100 }, (_, i) => finFromIndex(i + 5, 1));
    const b = Array.from({ length: 100 }, (_, i) => finFromIndex(i + 5, 2));
    expect(a.filter((fin, i) => fin === b[i]).length).toBe(0);
  });

  it('looks random: consecutive indices share neither prefix nor suffix patterns', () => {
    const fins = Array.from({ length: 3400 }, (_, i) => finFromIndex(i + 5, 9));
    for (const position of [0, 3, 6]) {
      const counts = new Map<string, number>();
      for (const fin of fins)
        counts.set(fin.charAt(position), (counts.get(fin.charAt(position)) ?? 0) + 1);
      // 3 400 draws over 34 characters: about 100 each; a pattern would skew this badly.
      expect(counts.size).toBe(34);
      for (const n of counts.values()) expect(n).toBeGreaterThan(50);
    }
    const sameLast = fins.filter((fin, i) => i > 0 && fin.at(-1) === fins[i - 1]?.at(-1)).length;
    expect(sameLast).toBeLessThan(3400 / 10);
  });

  it('rejects indices outside the FIN space', () => {
    expect(() => finFromIndex(-1, 1)).toThrow(RangeError);
    expect(() => finFromIndex(1.5, 1)).toThrow(RangeError);
    expect(() => finFromIndex(SPACE, 1)).toThrow(RangeError);
  });
});

describe('the FIN permutation', () => {
  it('round-trips at the edges and at random points of the space', () => {
    const points = [0, 1, 2, 33, 34, SPACE - 2, SPACE - 1, 123_456_789, 52_000_000_000];
    // A fixed linear congruential walk: reproducible points spread over the space.
    for (let i = 0, x = 12_345; i < 500; i++) points.push((x = (x * 48_271 + 11) % SPACE));
    for (const x of points) {
      const y = permuteFinSpace(x, 77);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThan(SPACE);
      expect(Number.isInteger(y)).toBe(true);
      expect(unpermuteFinSpace(y, 77)).toBe(x);
    }
  });
});

describe('indexFromFin', () => {
  it('inverts finFromIndex, demo FINs included', () => {
    for (const index of [0, 3, 4, 5, 6, 999, 123_456, 999_999]) {
      expect(indexFromFin(finFromIndex(index, 5), 5)).toBe(index);
    }
  });

  it('returns null for a malformed FIN', () => {
    expect(indexFromFin('I000000', 5)).toBeNull();
  });
});
