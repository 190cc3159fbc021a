import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';

/**
 * A cache for Apollo Server's documentStore or the gateway's queryPlanStore: the trusted
 * manifest's entries are pinned (no freeform traffic can evict them), everything else goes
 * to a size-bounded LRU, as Apollo's own stores do.
 */
export interface PinnedCache<V> extends KeyValueCache<V> {
  /** Replaces the pinned entries (a manifest or schema change); the LRU is left alone. */
  pin(entries: ReadonlyMap<string, V>): void;
  /** Drops everything, pinned entries included (the gateway calls it on a schema change). */
  clear(): void;
  /** How many entries are pinned. */
  pinned(): number;
}

/** What Apollo's stores default to: about 30 MiB, measured by their JSON size. */
const DEFAULT_MAX_BYTES = 30 * 2 ** 20;

/** Builds a PinnedCache whose unpinned part holds at most `maxBytes` (approximated). */
export function createPinnedCache<V>({
  maxBytes = DEFAULT_MAX_BYTES,
}: { maxBytes?: number } = {}): PinnedCache<V> {
  let pinned: ReadonlyMap<string, V> = new Map();
  const lru = new InMemoryLRUCache<V>({
    maxSize: maxBytes,
    sizeCalculation: InMemoryLRUCache.sizeCalculation,
  });
  return {
    get: (key) => {
      const found = pinned.get(key);
      return found === undefined ? lru.get(key) : Promise.resolve(found);
    },
    set: (key, value, options) =>
      pinned.has(key) ? Promise.resolve() : lru.set(key, value, options),
    delete: (key) => lru.delete(key),
    pin(entries) {
      pinned = entries;
    },
    clear() {
      pinned = new Map();
      lru.clear();
    },
    pinned: () => pinned.size,
  };
}
