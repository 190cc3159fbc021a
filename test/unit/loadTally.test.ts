import { describe, expect, it } from 'vitest';
import { LoadTally } from '../../bench/LoadTally.ts';

describe('LoadTally', () => {
  it('counts a 200 that carries GraphQL errors as an error, and keeps the first', () => {
    const tally = new LoadTally();
    tally.answer(200, '{"data":{"citizen":null}}', 12);
    tally.answer(200, '{"errors":[{"message":"no"}],"data":null}', 15);
    tally.answer(503, '{"errors":[{"message":"down"}]}', 20);
    const result = tally.result(1);
    expect(result.responses).toBe(3);
    expect(result.errors).toBe(2);
    expect(result.firstError).toContain('"message":"no"');
    expect([...result.latencies]).toEqual([12, 15, 20]);
  });

  it('adds failures without an answer, several at once', () => {
    const tally = new LoadTally();
    tally.error('3 timeouts', 3);
    expect(tally.result(2)).toMatchObject({ responses: 0, errors: 3, firstError: '3 timeouts' });
  });
});
