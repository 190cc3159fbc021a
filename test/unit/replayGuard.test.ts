import { describe, expect, it } from 'vitest';
import { INTERNAL_CLOCK_TOLERANCE_MS } from '@dost/platform/internalToken.ts';
import { createReplayGuard } from '@dost/subgraph-kit';

describe('the replay guard', () => {
  it('accepts an id once, and refuses it for as long as its token could still verify', () => {
    let now = 1_000_000;
    const guard = createReplayGuard({ now: () => now });
    const exp = now / 1000 + 15;
    expect(guard.firstUse('a', exp)).toBe(true);
    expect(guard.firstUse('a', exp)).toBe(false);
    expect(guard.firstUse('b', exp)).toBe(true);
    now = exp * 1000 + INTERNAL_CLOCK_TOLERANCE_MS - 1;
    expect(guard.firstUse('a', exp)).toBe(false);
  });

  it('forgets ids whose tokens have expired, so memory stays bounded by the token life', () => {
    let now = 0;
    const guard = createReplayGuard({ now: () => now });
    for (let i = 0; i < 1_000; i += 1) guard.firstUse(`old-${i}`, 15);
    expect(guard.size).toBe(1_000);
    now = 15_000 + INTERNAL_CLOCK_TOLERANCE_MS;
    expect(guard.firstUse('new', 40)).toBe(true);
    expect(guard.size).toBe(1);
  });
});
