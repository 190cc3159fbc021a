import DataLoader from 'dataloader';
import type { PageArgs } from '../graphql/connection.ts';
import { MAX_BATCH_SIZE } from './createKeyLoader.ts';

export interface PageKey<P extends string | number> extends PageArgs {
  readonly parentId: P;
}

/** Pages of a history keyed by parent and page arguments. */
export type PageLoader<P extends string | number, V> = DataLoader<PageKey<P>, readonly V[], string>;

/**
 * Loads one page of a history per parent. Keys that share `first`/`after` (every parent in
 * one query does) are fetched together in one statement; rows come back `first + 1` per
 * parent so that `hasNextPage` needs no count query.
 */
export function createPageLoader<P extends string | number, V>(
  fetch: (parentIds: readonly P[], page: PageArgs) => Promise<readonly V[]>,
  parentOf: (value: V) => P,
): PageLoader<P, V> {
  return new DataLoader<PageKey<P>, readonly V[], string>(
    async (keys) => {
      const groups = new Map<string, PageKey<P>[]>();
      for (const key of keys) {
        const shape = `${key.first}:${key.afterId}`;
        pushTo(groups, shape, key);
      }
      const rowsByKey = new Map<string, V[]>();
      for (const group of groups.values()) {
        const [sample] = group;
        if (sample === undefined) continue;
        const rows = await fetch(
          group.map((key) => key.parentId),
          sample,
        );
        for (const row of rows) {
          pushTo(rowsByKey, cacheKey({ ...sample, parentId: parentOf(row) }), row);
        }
      }
      return keys.map((key) => rowsByKey.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey, maxBatchSize: MAX_BATCH_SIZE },
  );
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function cacheKey<P extends string | number>({ parentId, first, afterId }: PageKey<P>): string {
  return `${parentId}|${first}|${afterId}`;
}
