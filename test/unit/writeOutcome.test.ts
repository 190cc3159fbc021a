import { describe, expect, it } from 'vitest';
import { auditOutcome } from '../../gateway/audit/auditOutcome.ts';

const requested = ['Case.reference', 'Case.status', 'Mutation.openCase'];
const writes = ['Mutation.openCase'];

describe('the audit outcome of a write', () => {
  it('is WRITTEN when the result came back, naming the write and what was returned', () => {
    expect(
      auditOutcome({
        requested,
        disclosed: ['Case.reference', 'Case.status', 'Case.fin'],
        refused: [],
        subjects: 1,
        hasData: true,
        writes,
      }),
    ).toEqual({ outcome: 'WRITTEN', fields: requested, refused: [] });
  });

  it('is DENIED when refused, with everything asked for refused', () => {
    expect(
      auditOutcome({
        requested,
        disclosed: [],
        refused: ['Mutation.openCase'],
        subjects: 1,
        hasData: false,
        errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }],
        writes,
      }),
    ).toEqual({ outcome: 'DENIED', fields: [], refused: requested });
  });

  it('is FAILED, and still recorded, when it failed about no one (bad input, a transition)', () => {
    expect(
      auditOutcome({
        requested,
        disclosed: [],
        refused: [],
        subjects: 0,
        hasData: false,
        errors: [{ message: 'no', extensions: { code: 'INVALID_TRANSITION' } }],
        writes,
      }),
    ).toEqual({ outcome: 'FAILED', fields: [], refused: [] });
  });
});
