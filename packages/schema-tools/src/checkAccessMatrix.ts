import type { DocumentNode } from 'graphql';
import { fieldsOfType } from './fieldsOfType.ts';

/*
 * Root types by their default names: no subgraph here renames them with a `schema { … }`
 * block, and federation 2 subgraphs rarely do.
 */
const AUDITED_TYPES = ['Citizen', 'Query', 'Mutation', 'Subscription'];

const CODE_SPAN = /`([^`]+)`/g;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Every GraphQL name inside a backtick code span of the markdown, e.g. `Citizen.pension`. */
function namesInCode(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const [, span = ''] of markdown.matchAll(CODE_SPAN)) {
    for (const [name] of span.matchAll(NAME)) names.add(name);
  }
  return names;
}

/**
 * The `Citizen` and root fields of the candidate that docs/access-matrix.md never names: a
 * field counts as documented when its name appears inside backticks anywhere in the matrix.
 */
export function checkAccessMatrix({
  document,
  matrix,
}: {
  readonly document: DocumentNode;
  /** The access matrix's markdown. */
  readonly matrix: string;
}): readonly string[] {
  const documented = namesInCode(matrix);
  return AUDITED_TYPES.flatMap((type) =>
    fieldsOfType(document, type)
      .filter((field) => !documented.has(field))
      .map((field) => `${type}.${field}`),
  );
}
