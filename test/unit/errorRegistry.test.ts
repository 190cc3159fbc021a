import { describe, expect, it } from 'vitest';
import { ERRORS } from '@dost/platform/errors.ts';

const statusOf = (error: { extensions: Record<string, unknown> }) =>
  (error.extensions['http'] as { status?: unknown } | undefined)?.status;

describe('the error registry', () => {
  it('declares a 4xx or 5xx for every code refusing a whole request', () => {
    for (const definition of Object.values(ERRORS)) {
      expect(definition.httpStatus, definition.code).toBeGreaterThanOrEqual(400);
    }
  });

  it('stamps that status on request errors, never on errors a result carries beside data', () => {
    for (const definition of Object.values(ERRORS)) {
      const expected = definition.inResults ? undefined : definition.httpStatus;
      expect(statusOf(definition.err()), definition.code).toBe(expected);
      expect(statusOf(definition.refuse()), definition.code).toBe(definition.httpStatus);
    }
  });

  it('keeps a caller’s headers beside the status', () => {
    const error = ERRORS.FORBIDDEN.refuse('no', { http: { headers: 'kept' } });
    expect(error.extensions['http']).toEqual({ headers: 'kept', status: 403 });
    expect(error.extensions['code']).toBe('FORBIDDEN');
  });
});
