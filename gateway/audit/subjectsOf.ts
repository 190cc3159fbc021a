import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { isFin } from '../../platform/fin.ts';
import { perDocument } from '../perDocument.ts';

/** Arguments through which a caller names a citizen. */
const SUBJECT_ARGUMENTS = new Set(['fin', 'fins', 'subjectFin']);

/**
 * The FINs an operation asks about, from its arguments and variables: who a denied or
 * failed attempt was aimed at, when no subgraph got as far as disclosing anything.
 */
export function subjectsOf(
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>> = {},
): string[] {
  const found = new Set<string>();
  const collect = (value: unknown): void => {
    if (isFin(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach(collect);
  };
  const literal = (node: ValueNode): void => {
    if (node.kind === Kind.STRING) collect(node.value);
    else if (node.kind === Kind.LIST) node.values.forEach(literal);
    else if (node.kind === Kind.VARIABLE) collect(variables[node.name.value]);
    else if (node.kind === Kind.OBJECT) node.fields.forEach((field) => literal(field.value));
  };
  subjectArgumentsOf(document).forEach(literal);
  return [...found];
}

/**
 * The argument values that may name a citizen, found once per document: only the variables
 * differ from one request of the same operation to the next.
 */
const subjectArgumentsOf = perDocument((document): readonly ValueNode[] => {
  const found: ValueNode[] = [];
  visit(document, {
    Argument(node) {
      if (SUBJECT_ARGUMENTS.has(node.name.value) || node.value.kind === Kind.OBJECT) {
        found.push(node.value);
      }
    },
  });
  return found;
});
