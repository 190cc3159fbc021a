import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { summarizeSql } from '../../packages/subgraph-kit/src/tracing/sqlSpanName.ts';

const sqlite = knex({ client: 'better-sqlite3', useNullAsDefault: true, connection: ':memory:' });
const mysql = knex({ client: 'mysql2' });

describe('a SQL span names its statement by verb and table, never its text', () => {
  it.each([
    ['SELECT', 'vetendas', sqlite('vetendas').whereIn('fin', ['5ZK7P2Q']).select('ad')],
    ['SELECT', 'pensiya', mysql('pensiya as p').join('odenis as o', 'o.pid', 'p.id').select('*')],
    ['INSERT', 'audit_record', sqlite('audit_record').insert({ fin: '5ZK7P2Q' })],
    ['UPDATE', 'cases', mysql('cases').update({ status: 'closed' }).where({ id: 1 })],
    ['DELETE', 'visits', sqlite('visits').where({ id: 1 }).del()],
  ])('%s %s', (operation, table, builder) => {
    expect(summarizeSql(builder.toSQL().sql)).toEqual({ operation, table });
  });

  it('keeps a literal of a raw statement out', () => {
    const summary = summarizeSql("select * from `vetendas` where fin = '5ZK7P2Q'");
    expect(summary).toEqual({ operation: 'SELECT', table: 'vetendas' });
    expect(JSON.stringify(summary)).not.toContain('5ZK7P2Q');
  });

  it('names a statement without a table by its verb alone', () => {
    expect(summarizeSql('select 1')).toEqual({ operation: 'SELECT', table: null });
  });
});
