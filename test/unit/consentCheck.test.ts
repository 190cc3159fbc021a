import { describe, expect, it } from 'vitest';
import { readConsentMark, withConsentMark } from '@dost/audit-store/consentMark.ts';
import { addDays, bakuToday } from '@dost/platform/bakuToday.ts';
import { scopesOpening } from '@dost/platform/partnerScopes.ts';
import { consentFor, type GivenConsent } from '../../gateway/admission/GivenConsent.ts';

const TODAY = '2026-12-06';
const consent = (id: string, over: Partial<GivenConsent> = {}): GivenConsent => ({
  id,
  scopes: ['pension:status'],
  until: '2027-01-31',
  revokedAt: null,
  ...over,
});
const STATUS_NEEDS = [['pension:status', 'pension:amount'], ['pension:status']];

describe('which consent a partner read is made under', () => {
  it('takes the newest live consent that names a scope of every field read', () => {
    const given = [consent('3', { scopes: ['pension:amount'] }), consent('2'), consent('1')];
    expect(consentFor(given, STATUS_NEEDS, TODAY)).toEqual({ consent: given[1] });
  });

  it('holds through its last day and not after', () => {
    expect(consentFor([consent('1', { until: TODAY })], STATUS_NEEDS, TODAY)).toMatchObject({
      consent: { id: '1' },
    });
    expect(consentFor([consent('1', { until: '2026-12-05' })], STATUS_NEEDS, TODAY)).toEqual({
      refusal: 'EXPIRED',
    });
  });

  it('says why there is none, from the newest consent', () => {
    expect(consentFor([], STATUS_NEEDS, TODAY)).toEqual({ refusal: 'NONE' });
    const revoked = consent('2', { revokedAt: '2026-12-01T10:00:00.000Z' });
    expect(consentFor([revoked, consent('1', { until: '2026-01-01' })], [], TODAY)).toEqual({
      refusal: 'REVOKED',
    });
    expect(
      consentFor([consent('1', { scopes: ['pension:amount'] })], [['pension:status']], TODAY),
    ).toEqual({ refusal: 'SCOPE' });
  });

  it('needs a live consent even for a read that uses no scope', () => {
    expect(consentFor([consent('1')], [], TODAY)).toMatchObject({ consent: { id: '1' } });
    expect(consentFor([], [], TODAY)).toEqual({ refusal: 'NONE' });
  });

  it('knows which scopes open a field', () => {
    expect(scopesOpening('Citizen.pension')).toEqual(['pension:status', 'pension:amount']);
    expect(scopesOpening('LabourPension.amount')).toEqual(['pension:amount']);
    expect(scopesOpening('Citizen.fullName')).toEqual([]);
  });
});

describe('the consent mark in a recorded purpose', () => {
  it('round-trips, and leaves other purposes as they are', () => {
    const marked = withConsentMark(
      'AGREEMENT:KB-2026-77',
      new Map([
        ['5ZK7P2Q', '12'],
        ['3HRT9WX', '40'],
      ]),
    );
    expect(marked).toBe('AGREEMENT:KB-2026-77;consent=3HRT9WX.40,5ZK7P2Q.12');
    const read = readConsentMark(marked);
    expect(read.purpose).toBe('AGREEMENT:KB-2026-77');
    expect(read.consents.get('5ZK7P2Q')).toBe('12');
    expect(withConsentMark('SERVICE_APPLICATION:APP-1', new Map())).toBe(
      'SERVICE_APPLICATION:APP-1',
    );
    expect(readConsentMark('SERVICE_APPLICATION:APP-1')).toEqual({
      purpose: 'SERVICE_APPLICATION:APP-1',
      consents: new Map(),
    });
    expect(readConsentMark(null).purpose).toBeNull();
  });

  it('fits the purpose column with the most citizens a partner read may name', () => {
    const fins = Array.from({ length: 20 }, (_, i) => [
      `${String(i).padStart(7, 'A')}`,
      '9999999999',
    ]);
    const marked = withConsentMark(
      `AGREEMENT:${'K'.repeat(64)}`,
      new Map(fins.map(([f, id]) => [f ?? '', id ?? ''])),
    );
    expect(marked?.length).toBeLessThanOrEqual(512);
  });
});

describe("Baku's calendar", () => {
  it('is UTC+4', () => {
    expect(bakuToday(Date.parse('2026-12-06T19:59:59.000Z'))).toBe('2026-12-06');
    expect(bakuToday(Date.parse('2026-12-06T20:00:00.000Z'))).toBe('2026-12-07');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
