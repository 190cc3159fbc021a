import type { GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../../packages/subgraph-kit/src/db/isDatabaseUnavailable.ts';
import { DisclosureLog } from '@dost/subgraph-kit';

const driverError = (fields: Record<string, unknown>) =>
  Object.assign(new Error('select * from `pensiya` - boom'), fields);

describe('which database errors mean the registry is unavailable', () => {
  it.each([
    ['a pool timeout', Object.assign(new Error('Knex: Timeout'), { name: 'KnexTimeoutError' })],
    ['a refused connection', driverError({ code: 'ECONNREFUSED' })],
    ['a lost connection', driverError({ code: 'PROTOCOL_CONNECTION_LOST', fatal: true })],
    ['a killed connection (MariaDB 1927)', driverError({ errno: 1927 })],
    ['a busy SQLite file', driverError({ code: 'SQLITE_BUSY' })],
    ['a wrapped cause', new Error('load failed', { cause: driverError({ code: 'ECONNRESET' }) })],
  ])('%s is', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a syntax error', driverError({ code: 'ER_PARSE_ERROR', errno: 1064 })],
    ['a missing table', driverError({ code: 'SQLITE_ERROR' })],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', null],
  ])('%s is not (it stays INTERNAL)', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});

describe('a subgraph’s disclosure report', () => {
  const path = (...keys: (string | number)[]): GraphQLResolveInfo['path'] =>
    keys.reduce<GraphQLResolveInfo['path'] | undefined>(
      (prev, key) => ({ prev, key, typename: undefined }),
      undefined,
    ) as GraphQLResolveInfo['path'];

  it('keeps only the fields that reached the response', () => {
    const log = new DisclosureLog();
    log.add('5ZK7P2Q', 'Citizen.fullName', path('a', 'fullName'), 'Əli');
    log.add('5ZK7P2Q', 'Citizen.deathDate', path('a', 'deathDate'), null);
    // Resolved, then nulled with its parent when a sibling failed (a cut database).
    log.add('3HRT9WX', 'Citizen.fullName', path('b', 'fullName'), 'Rauf');
    // Resolved to an object whose non-null child then failed.
    log.add('5ZK7P2Q', 'Citizen.pension', path('a', 'pension'), {});
    const report = log.toReport({
      a: { fullName: 'Əli', deathDate: null, pension: null },
      b: null,
    });
    expect(report).toEqual({
      subjects: ['5ZK7P2Q'],
      fields: ['Citizen.fullName', 'Citizen.deathDate'],
      refused: [],
    });
  });
});
