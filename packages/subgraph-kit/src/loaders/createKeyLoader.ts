import DataLoader from 'dataloader';

/** @default largest number of keys in one `whereIn` */
export const MAX_BATCH_SIZE = 500;

/**
 * A loader for one row per key: the batch runs one fetch (one `whereIn`) and maps the rows
 * back to the keys in order, with null for keys that have no row.
 */
export function createKeyLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const byKey = new Map<K, V>();
      for (const value of await fetch(keys)) byKey.set(keyOf(value), value);
      return keys.map((key) => byKey.get(key) ?? null);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}

/** A loader for many rows per key (a history, a list of links), grouped in fetch order. */
export function createGroupLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<readonly V[]>,
  keyOf: (value: V) => K,
): DataLoader<K, readonly V[]> {
  return new DataLoader<K, readonly V[]>(
    async (keys) => {
      const groups = new Map<K, V[]>();
      for (const value of await fetch(keys)) {
        const key = keyOf(value);
        const group = groups.get(key);
        if (group === undefined) groups.set(key, [value]);
        else group.push(value);
      }
      return keys.map((key) => groups.get(key) ?? []);
    },
    { maxBatchSize: MAX_BATCH_SIZE },
  );
}
