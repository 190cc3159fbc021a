import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { subjectsOf } from '../../gateway/audit/subjectsOf.ts';

describe('subjectsOf', () => {
  const document = parse(`query ($f: FIN!, $fs: [FIN!]!) {
    a: citizen(fin: $f) { fin }
    b: citizens(fins: $fs) { fin }
    c: citizen(fin: "5ZK7P2Q") { fin }
    auditLog(filter: { subjectFin: "3HRT9WX" }) { totalCount }
  }`);

  it('finds FINs in literals, variables and filter objects', () => {
    expect(subjectsOf(document, { f: '7DMV4LA', fs: ['2CNKAR7', 'not a fin'] }).sort()).toEqual(
      ['2CNKAR7', '3HRT9WX', '5ZK7P2Q', '7DMV4LA'].sort(),
    );
  });

  it('reads each request’s own variables when the same document comes again', () => {
    expect(subjectsOf(document, { f: '7DMV4LA', fs: [] })).toContain('7DMV4LA');
    const again = subjectsOf(document, { f: '9QWE2RT', fs: ['4KLM8NP'] });
    expect(again).toContain('9QWE2RT');
    expect(again).toContain('4KLM8NP');
    expect(again).not.toContain('7DMV4LA');
  });
});
