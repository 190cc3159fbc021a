import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DateScalar, DateTimeScalar } from '@dost/subgraph-kit';
import { useInputValidation } from '../../gateway/limits/useInputValidation.ts';

/** A graph with the shared date scalars as its supergraph would show them: names, no rules. */
const schema = buildSchema(`
  scalar Date
  scalar DateTime
  type Query { on(day: Date, at: DateTime): Boolean }
`);

/** Edge cases of the one date rule: a real calendar day, written YYYY-MM-DD. */
const DAYS: [string, boolean][] = [
  ['2026-02-28', true],
  ['2026-02-29', false],
  ['2026-02-30', false],
  ['2024-02-29', true],
  ['2000-02-29', true],
  ['1900-02-29', false],
  ['2026-04-31', false],
  ['2026-12-31', true],
  ['2026-13-01', false],
  ['2026-00-10', false],
  ['2026-01-00', false],
  ['2026-1-05', false],
  ['26-01-05', false],
  ['+02026-01-05', false],
  [' 2026-01-05', false],
  ['2026-01-05T00:00:00.000Z', false],
  ['', false],
];

/** Edge cases of the one instant rule: UTC with milliseconds, and a moment that exists. */
const INSTANTS: [string, boolean][] = [
  ['2026-01-31T09:15:02.123Z', true],
  ['2024-02-29T23:59:59.999Z', true],
  ['2026-02-29T00:00:00.000Z', false],
  ['2026-01-31T24:00:00.000Z', false],
  ['2026-01-31T23:59:60.000Z', false],
  ['2026-01-31T09:15:02Z', false],
  ['2026-01-31T09:15:02.123+00:00', false],
  ['2026-01-31', false],
];

function scalarAccepts(parse: (value: unknown) => unknown, value: string): boolean {
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

describe('the one date rule: the Date and DateTime scalars and the gateway agree', () => {
  const gateway = new ApolloServer({ schema, plugins: [useInputValidation()] });
  beforeAll(() => gateway.start());
  afterAll(() => gateway.stop());

  /** Whether the gateway lets the value through, as a variable and as a literal. */
  async function gatewayAccepts(argument: 'day' | 'at', value: string): Promise<boolean[]> {
    const type = argument === 'day' ? 'Date' : 'DateTime';
    const asVariable = await gateway.executeOperation({
      query: `query ($v: ${type}) { on(${argument}: $v) }`,
      variables: { v: value },
    });
    const asLiteral = await gateway.executeOperation({
      query: `{ on(${argument}: ${JSON.stringify(value)}) }`,
    });
    return [asVariable, asLiteral].map(
      ({ body }) => body.kind === 'single' && body.singleResult.errors === undefined,
    );
  }

  it.each(DAYS)('Date %j: accepted is %s, by the scalar and the gateway alike', async (day, ok) => {
    expect(scalarAccepts((v) => DateScalar.parseValue(v), day)).toBe(ok);
    expect(await gatewayAccepts('day', day)).toEqual([ok, ok]);
  });

  it.each(INSTANTS)('DateTime %j: accepted is %s, by both', async (instant, ok) => {
    expect(scalarAccepts((v) => DateTimeScalar.parseValue(v), instant)).toBe(ok);
    expect(await gatewayAccepts('at', instant)).toEqual([ok, ok]);
  });
});
