import { describe, expect, it } from 'vitest';
import { createPinnedCache } from '../../gateway/documents/createPinnedCache.ts';

describe('createPinnedCache', () => {
  it('keeps pinned entries however much other traffic the bounded LRU sees', async () => {
    const cache = createPinnedCache<string>({ maxBytes: 64 });
    cache.pin(new Map([['trusted', 'plan']]));
    for (let i = 0; i < 100; i += 1) await cache.set(`freeform-${i}`, 'x'.repeat(20));
    expect(await cache.get('trusted')).toBe('plan');
    // The LRU stays within its bound: the early entries are gone.
    expect(await cache.get('freeform-0')).toBeUndefined();
    expect(await cache.get('freeform-99')).toBe('x'.repeat(20));
  });

  it('does not let a set overwrite a pinned entry', async () => {
    const cache = createPinnedCache<string>();
    cache.pin(new Map([['trusted', 'prepared']]));
    await cache.set('trusted', 'other');
    expect(await cache.get('trusted')).toBe('prepared');
  });

  it('drops pinned entries on clear (a schema change) and replaces them on pin', async () => {
    const cache = createPinnedCache<string>();
    cache.pin(new Map([['old', 'a']]));
    await cache.set('freeform', 'b');
    cache.clear();
    expect(await cache.get('old')).toBeUndefined();
    expect(await cache.get('freeform')).toBeUndefined();
    expect(cache.pinned()).toBe(0);
    cache.pin(new Map([['new', 'c']]));
    expect(await cache.get('new')).toBe('c');
    expect(cache.pinned()).toBe(1);
  });
});
