import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createQueryBounds } from '../../gateway/limits/createQueryBounds.ts';
import { recodeLimitError } from '../../gateway/limits/recodeLimitError.ts';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../../gateway/limits/QueryLimits.ts';
import { DEFAULT_EXAMPLES } from '../../gateway/playground/defaultExamples.ts';

// The bound rules read only the document, so any schema will do: this one keeps the test
// independent of what the registries currently expose.
const schema = buildSchema('type Query { x: Int }');

function codesOf(query: string, limits: Partial<QueryLimits> = {}): unknown[] {
  const bounds = createQueryBounds({ ...DEFAULT_QUERY_LIMITS, ...limits });
  const document = parse(query, bounds.parseOptions);
  return validate(schema, document, bounds.validationRules).map(
    (error: GraphQLError) => error.extensions['code'],
  );
}

const nested = (levels: number) => `{ ${'a { '.repeat(levels - 1)}b${' }'.repeat(levels - 1)} }`;

describe('query bounds', () => {
  it.each(DEFAULT_EXAMPLES.map((example) => [example.name, example.query]))(
    'the default limits admit the playground example %s',
    (_name, query) => {
      expect(codesOf(query)).toEqual([]);
    },
  );

  it.each([
    ['maxDepth', { maxDepth: 3 }, nested(4), 'QUERY_TOO_DEEP'],
    ['maxAliases', { maxAliases: 2 }, '{ a: x b: x c: x }', 'TOO_MANY_ALIASES'],
    [
      'maxDirectives',
      { maxDirectives: 2 },
      '{ x @skip(if: false) @include(if: true) y @skip(if: false) }',
      'TOO_MANY_DIRECTIVES',
    ],
    [
      'maxRootFields',
      { maxRootFields: 2 },
      '{ x y ...F } fragment F on Query { z }',
      'TOO_MANY_ROOT_FIELDS',
    ],
    ['maxCost', { maxCost: 50 }, '{ a(first: 100) { b } }', 'QUERY_TOO_COSTLY'],
  ] as const)('%s is configurable and reports its own code', (_limit, limits, query, code) => {
    expect(codesOf(query, limits)).toEqual([code]);
    expect(codesOf(query)).toEqual([]);
  });

  it('counts fragments as the fields they hold, not as levels', () => {
    const query = `{ ...A } fragment A on Query { a { ...B } } fragment B on Q { b { c } }`;
    expect(codesOf(query, { maxDepth: 3 })).toEqual([]);
  });

  it('stops parsing at the token limit, with the wording the gateway recodes', () => {
    expect(() =>
      parse(
        '{ a b c d }',
        createQueryBounds({ ...DEFAULT_QUERY_LIMITS, maxTokens: 4 }).parseOptions,
      ),
    ).toThrow(/Document contains more th(?:at|an) 4 tokens/);
    try {
      parse('{ a b c d }', { maxTokens: 4 });
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      expect(recodeLimitError({ message }, error)).toEqual({
        message: 'The operation has more than 4 tokens.',
        extensions: { code: 'TOO_MANY_TOKENS' },
      });
    }
  });

  it('uses its own wording, never armor’s (which echoes the limit and the finding)', () => {
    const bounds = createQueryBounds({ ...DEFAULT_QUERY_LIMITS, maxDepth: 2 });
    const [error] = validate(schema, parse(nested(5)), bounds.validationRules);
    expect(error?.message).toBe('The operation nested deeper than 2 levels.');
    expect(error?.message).not.toMatch(/Syntax Error|found/);
  });
});
