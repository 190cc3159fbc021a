import type { Knex } from 'knex';
import type { PageArgs } from '../graphql/connection.ts';
import { selectPages, type PageQuery } from './selectPages.ts';

/** One page of a history for each parent: up to `first + 1` domain objects each, newest first. */
export type PageReader<T> = (
  parentIds: readonly (string | number)[],
  page: PageArgs,
) => Promise<T[]>;

/** The history table a page is read from: a `PageQuery` without the per-call arguments. */
export type PageTable = Omit<PageQuery, 'parentIds' | 'first' | 'afterId'>;

/**
 * A registry's page query over one history table, for `createPageLoader`: one statement per
 * batch (`selectPages`), and every row mapped to the domain before it leaves the registry.
 */
export function createPageReader<Row, T>(
  db: Knex,
  table: PageTable,
  toDomain: (row: Row) => T,
): PageReader<T> {
  return async (parentIds, { first, afterId }) => {
    const rows = await selectPages<Row>(db, { ...table, parentIds, first, afterId });
    return rows.map((row) => toDomain(row));
  };
}
