import { Kind, type ValueNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';

/** The text of a string literal in an operation; any other literal is BAD_USER_INPUT. */
export function stringLiteral(ast: ValueNode, typeName: string): string {
  if (ast.kind !== Kind.STRING) throw ERRORS.BAD_USER_INPUT.err(`${typeName} must be a string.`);
  return ast.value;
}
