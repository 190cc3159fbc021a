import { readFileSync } from 'node:fs';
import { buildSchema, Kind, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationShape } from '../../gateway/audit/operationShape.ts';
import { subjectsOf } from '../../gateway/audit/subjectsOf.ts';

// The API schema the gateway serves, with the federation directives it never checks.
const schema = buildSchema(
  readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'),
  { assumeValidSDL: true },
);

function subjects(query: string, variables?: Record<string, unknown>): string[] {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  if (operation === undefined) throw new Error('no operation');
  const { subjectArguments } = operationShape(schema, document, operation);
  return subjectsOf({ schema, operation, subjectArguments, variables }).sort();
}

describe('subjectsOf', () => {
  const query = `query ($f: FIN!, $fs: [FIN!]!) {
    a: citizen(fin: $f) { fin }
    b: citizens(fins: $fs) { fin }
    c: citizen(fin: "5ZK7P2Q") { fin }
    auditLog(filter: { subjectFin: "3HRT9WX" }) { edges { cursor } }
  }`;

  it('finds FINs in literals, variables and filter objects', () => {
    expect(subjects(query, { f: '7DMV4LA', fs: ['2CNKAR7', 'not a fin'] })).toEqual(
      ['2CNKAR7', '3HRT9WX', '5ZK7P2Q', '7DMV4LA'].sort(),
    );
  });

  it('reads each request’s own variables when the same document comes again', () => {
    expect(subjects(query, { f: '7DMV4LA', fs: [] })).toContain('7DMV4LA');
    const again = subjects(query, { f: '9QWE2RT', fs: ['4KLM8NP'] });
    expect(again).toContain('9QWE2RT');
    expect(again).toContain('4KLM8NP');
    expect(again).not.toContain('7DMV4LA');
  });

  it('applies variable defaults, as execution does', () => {
    expect(subjects('query ($f: FIN = "2NXC8FE") { citizen(fin: $f) { fullName } }')).toEqual([
      '2NXC8FE',
    ]);
    // A value given, even one of another FIN, wins over the default.
    expect(
      subjects('query ($f: FIN = "2NXC8FE") { citizen(fin: $f) { fullName } }', { f: '5ZK7P2Q' }),
    ).toEqual(['5ZK7P2Q']);
  });

  it('finds FINs in an input object given whole as a variable, and in lists of variables', () => {
    expect(
      subjects(
        'query ($filter: AuditLogFilter) { auditLog(filter: $filter) { edges { cursor } } }',
        {
          filter: { subjectFin: '3HRT9WX', actor: '5ZK7P2Q' },
        },
      ),
      // `actor` is a String: a FIN-shaped value there names no citizen.
    ).toEqual(['3HRT9WX']);
    expect(
      subjects('query ($a: FIN!, $b: FIN!) { citizens(fins: [$a, $b, "7DMV4LA"]) { fin } }', {
        a: '2NXC8FE',
        b: '5ZK7P2Q',
      }),
    ).toEqual(['2NXC8FE', '5ZK7P2Q', '7DMV4LA']);
  });

  it('finds FINs in the fragments the operation spreads, and ignores other operations', () => {
    const document = `
      query Run { ...F }
      query Other { citizen(fin: "9QWE2RT") { fin } }
      fragment F on Query { citizen(fin: "4KLM8NP") { fin } }`;
    expect(subjects(document)).toEqual(['4KLM8NP']);
  });
});
