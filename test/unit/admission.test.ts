import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdmission } from '../../gateway/admission/createAdmission.ts';
import type { ClientAuthenticator } from '../../gateway/admission/createClientAuthenticator.ts';
import { createRateLimiter } from '../../gateway/admission/createRateLimiter.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import { operator } from '../helpers/callSubgraph.ts';

const FROM_CENTRE = { socket: { remoteAddress: '10.1.2.3' }, headers: {} } as IncomingMessage;

const STAFF = operator({ purpose: null, requestId: 'rid-1' });

async function codeOf(attempt: Promise<unknown>): Promise<unknown> {
  try {
    await attempt;
    return 'admitted';
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
}

describe('admission', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('answers 429 past the failure budget, yet admits a valid token from the same address', async () => {
    let valid = false;
    const authenticate: ClientAuthenticator = () =>
      valid ? Promise.resolve(STAFF) : Promise.reject(ERRORS.UNAUTHENTICATED.err());
    const admit = createAdmission({
      authenticate,
      limiter: createRateLimiter({ failedAuthPerMinute: 3 }),
    });
    const codes: unknown[] = [];
    for (let i = 0; i < 5; i += 1) codes.push(await codeOf(admit(FROM_CENTRE, 'rid')));
    expect(codes).toEqual([
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'UNAUTHENTICATED',
      'RATE_LIMITED',
      'RATE_LIMITED',
    ]);
    valid = true;
    expect(await codeOf(admit(FROM_CENTRE, 'rid'))).toBe('admitted');
  });

  it('counts no failure past the budget, so an attack keeps no growing state', async () => {
    const consume = vi.spyOn(RateLimiterMemory.prototype, 'consume');
    const admit = createAdmission({
      authenticate: () => Promise.reject(ERRORS.UNAUTHENTICATED.err()),
      limiter: createRateLimiter({ failedAuthPerMinute: 3 }),
    });
    for (let i = 0; i < 50; i += 1) await codeOf(admit(FROM_CENTRE, 'rid'));
    expect(consume).toHaveBeenCalledTimes(3);
  });

  it('does not count a signed token with an unknown role as a failed authentication', async () => {
    const consume = vi.spyOn(RateLimiterMemory.prototype, 'consume');
    const admit = createAdmission({
      authenticate: () => Promise.reject(ERRORS.FORBIDDEN.err('This role is not known.')),
      limiter: createRateLimiter({ failedAuthPerMinute: 1 }),
    });
    for (let i = 0; i < 3; i += 1) {
      expect(await codeOf(admit(FROM_CENTRE, 'rid'))).toBe('FORBIDDEN');
    }
    expect(consume).not.toHaveBeenCalled();
  });
});
