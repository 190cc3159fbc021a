import { describe, expect, it } from 'vitest';
import { refusalOf, type CitedCase } from '../../gateway/admission/CitedCase.ts';

const OPEN: CitedCase = { fin: '3HRT9WX', centre: 'baku-1', status: 'SUBMITTED' };
const OPERATOR = { role: 'operator', centre: 'baku-1' } as const;

describe('whether a cited case serves a read', () => {
  it('lets an operator read the citizen of an open case of their centre', () => {
    expect(refusalOf(OPEN, OPERATOR, ['3HRT9WX'])).toBeNull();
  });

  it.each([
    ['no case', null, OPERATOR, ['3HRT9WX'], 'UNKNOWN'],
    ['a closed case', { ...OPEN, status: 'CLOSED' }, OPERATOR, ['3HRT9WX'], 'CLOSED'],
    ['another centre', OPEN, { role: 'operator', centre: 'ganja' }, ['3HRT9WX'], 'OTHER_CENTRE'],
    [
      'an operator with no centre',
      OPEN,
      { role: 'operator', centre: null },
      ['3HRT9WX'],
      'OTHER_CENTRE',
    ],
    ['another citizen', OPEN, OPERATOR, ['5ZK7P2Q'], 'OTHER_CITIZEN'],
    ['anyone besides the citizen', OPEN, OPERATOR, ['3HRT9WX', '5ZK7P2Q'], 'OTHER_CITIZEN'],
  ] as const)('refuses %s', (_name, found, identity, subjects, reason) => {
    expect(refusalOf(found, identity, subjects)).toBe(reason);
  });

  it("holds an officer, who works at no centre, to the case's status and citizen only", () => {
    const officer = { role: 'pension_officer', centre: null } as const;
    expect(refusalOf(OPEN, officer, ['3HRT9WX'])).toBeNull();
    expect(refusalOf(OPEN, officer, ['5ZK7P2Q'])).toBe('OTHER_CITIZEN');
    expect(refusalOf({ ...OPEN, status: 'CLOSED' }, officer, ['3HRT9WX'])).toBe('CLOSED');
  });
});
