import { Kind, parse, print, type DocumentNode, type ScalarTypeDefinitionNode } from 'graphql';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';

/**
 * Where each shared scalar's canonical definition lives. People owns the citizen's identity;
 * Money is first defined by pensions and DateTime by the audit subgraph.
 */
export const CANONICAL_SCALAR_SOURCES: Readonly<Record<string, string>> = {
  FIN: 'people',
  Date: 'people',
  Money: 'pensions',
  DateTime: 'audit',
};

/** A shared scalar the candidate declares differently from its canonical definition. */
export interface ScalarMismatch {
  readonly scalar: string;
  /** The subgraph whose published SDL holds the canonical definition. */
  readonly canonicalIn: string;
  readonly differs: readonly ('description' | 'directives')[];
  /** The canonical definition, printed, to copy. */
  readonly expected: string;
  readonly actual: string;
}

function scalarIn(document: DocumentNode, name: string): ScalarTypeDefinitionNode | undefined {
  return document.definitions.find(
    (definition): definition is ScalarTypeDefinitionNode =>
      definition.kind === Kind.SCALAR_TYPE_DEFINITION && definition.name.value === name,
  );
}

function directivesOf(scalar: ScalarTypeDefinitionNode): string {
  return (scalar.directives ?? []).map((directive) => print(directive)).join(' ');
}

function compare(
  name: string,
  canonicalIn: string,
  expected: ScalarTypeDefinitionNode,
  actual: ScalarTypeDefinitionNode,
): ScalarMismatch | null {
  const differs: ('description' | 'directives')[] = [];
  if (expected.description?.value !== actual.description?.value) differs.push('description');
  if (directivesOf(expected) !== directivesOf(actual)) differs.push('directives');
  if (differs.length === 0) return null;
  return { scalar: name, canonicalIn, differs, expected: print(expected), actual: print(actual) };
}

/**
 * The shared scalars (FIN, Date, DateTime, Money) the candidate declares with another
 * description or other directives than the published canonical definition. Clients see one
 * definition per scalar; a subgraph that words it differently changes the contract for all.
 * Scalars it does not declare, and canonical sources missing from `published`, are skipped.
 */
export function checkSharedScalars({
  document,
  published,
}: {
  readonly document: DocumentNode;
  readonly published: readonly PublishedSubgraph[];
}): readonly ScalarMismatch[] {
  return Object.entries(CANONICAL_SCALAR_SOURCES).flatMap(([name, source]) => {
    const actual = scalarIn(document, name);
    const canonical = published.find((subgraph) => subgraph.name === source);
    if (actual === undefined || canonical === undefined) return [];
    const expected = scalarIn(parse(canonical.sdl), name);
    if (expected === undefined) return [];
    const mismatch = compare(name, source, expected, actual);
    return mismatch === null ? [] : [mismatch];
  });
}
