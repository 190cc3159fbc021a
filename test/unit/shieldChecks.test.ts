import { buildSchema, graphql } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { shield } from 'graphql-shield';
import { describe, expect, it } from 'vitest';
import type { Identity } from '@dost/platform/roles.ts';
import {
  allOf,
  anyOf,
  defineCheck,
  officerWithPurpose,
  ownFinArgument,
  ownRecord,
  partnerScope,
  roleIs,
  ruleOf,
  staffWithPurpose,
  statedPurpose,
} from '@dost/subgraph-kit';

const caller = (overrides: Partial<Identity>): Identity => ({
  actor: 'someone',
  role: 'operator',
  fin: null,
  centre: null,
  agency: null,
  scopes: [],
  purpose: 'SERVICE_APPLICATION:APP-1',
  requestId: 'r-1',
  ...overrides,
});

const citizen = caller({ role: 'citizen', fin: '5ZK7P2Q', purpose: null });
const partner = caller({ role: 'partner', scopes: ['pension:status'] });

describe('access checks', () => {
  it('test what the rules they replace tested', () => {
    expect(staffWithPurpose.test(caller({}), undefined, {})).toBe(true);
    expect(staffWithPurpose.test(caller({ purpose: null }), undefined, {})).toBe(false);
    expect(staffWithPurpose.test(partner, undefined, {})).toBe(false);
    expect(ownRecord.test(citizen, { fin: '5ZK7P2Q' }, {})).toBe(true);
    expect(ownRecord.test(citizen, { fin: '3HRT9WX' }, {})).toBe(false);
    expect(ownRecord.test(citizen, null, {})).toBe(false);
    expect(ownRecord.test(caller({ fin: '5ZK7P2Q' }), { fin: '5ZK7P2Q' }, {})).toBe(false);
    expect(ownFinArgument.test(citizen, undefined, { fin: '5ZK7P2Q' })).toBe(true);
    expect(ownFinArgument.test(citizen, undefined, { fins: ['5ZK7P2Q', '3HRT9WX'] })).toBe(false);
    expect(ownFinArgument.test(citizen, undefined, { fins: ['5ZK7P2Q'] })).toBe(true);
    expect(partnerScope('pension:status').test(partner, undefined, {})).toBe(true);
    expect(partnerScope('pension:amount').test(partner, undefined, {})).toBe(false);
    expect(partnerScope('pension:status').test({ ...partner, purpose: null }, null, {})).toBe(
      false,
    );
    expect(officerWithPurpose('pension_officer').test(caller({}), undefined, {})).toBe(false);
    expect(roleIs('operator', 'auditor').test(caller({}), undefined, {})).toBe(true);
    expect(statedPurpose.test(citizen, undefined, {})).toBe(false);
  });

  it('combine: anyOf passes when one passes, allOf only when all pass', () => {
    const readsOwnOrStaff = anyOf(ownRecord, staffWithPurpose);
    expect(readsOwnOrStaff.test(citizen, { fin: '5ZK7P2Q' }, {})).toBe(true);
    expect(readsOwnOrStaff.test(citizen, { fin: '3HRT9WX' }, {})).toBe(false);
    expect(readsOwnOrStaff.test(caller({}), { fin: '3HRT9WX' }, {})).toBe(true);
    const partnerWithPurpose = allOf(roleIs('partner'), statedPurpose);
    expect(partnerWithPurpose.test(partner, undefined, {})).toBe(true);
    expect(partnerWithPurpose.test({ ...partner, purpose: null }, undefined, {})).toBe(false);
    expect(partnerWithPurpose.test(caller({}), undefined, {})).toBe(false);
  });

  it('are shared by name, and one rule is built per check', () => {
    expect(anyOf(ownRecord, staffWithPurpose)).toBe(anyOf(ownRecord, staffWithPurpose));
    expect(partnerScope('x:y')).toBe(partnerScope('x:y'));
    const check = anyOf(ownRecord, officerWithPurpose('pension_officer'));
    expect(ruleOf(check)).toBe(ruleOf(check));
    expect(ruleOf(check).name).toBe(check.name);
  });

  it('refuse a second, different check under a name already taken', () => {
    // Shield identifies rules by name: two meanings under one name would be one rule to it.
    expect(() => defineCheck('isOwnRecord', () => true)).toThrow(/already defined/);
    const a = defineCheck('test:a', () => true);
    const b = defineCheck('test:b', () => false);
    defineCheck('anyOf(test:b,test:a)', () => true);
    expect(() => anyOf(b, a)).toThrow(/different check/);
    expect(anyOf(a, b).test(citizen, undefined, {})).toBe(true);
  });

  it('are evaluated anew for every field: no decision is reused for another field', async () => {
    let evaluations = 0;
    const counted = defineCheck('test:counted', () => {
      evaluations += 1;
      return true;
    });
    const schema = applyMiddleware(
      buildSchema('type Query { a: String  b: String }'),
      shield({ Query: { a: ruleOf(counted), b: ruleOf(counted) } }),
    );
    const result = await graphql({
      schema,
      source: '{ a b again: a }',
      rootValue: { a: 'A', b: 'B' },
      contextValue: { identity: citizen },
    });
    expect(result.errors).toBeUndefined();
    expect(evaluations).toBe(3);
  });
});
