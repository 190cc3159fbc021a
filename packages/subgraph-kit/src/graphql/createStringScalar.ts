import { GraphQLScalarType } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { stringLiteral } from './stringLiteral.ts';

export interface StringScalarOptions {
  name: string;
  /** The one rule for the value; the gateway's input validation applies the same one. */
  isValid: (value: unknown) => value is string;
  /** What BAD_USER_INPUT tells the caller, e.g. 'A Date is written YYYY-MM-DD.' */
  message: string;
}

/**
 * A scalar that is a string obeying one rule, both ways: a value that breaks it is refused on
 * input (BAD_USER_INPUT) and never served on output.
 */
export function createStringScalar({
  name,
  isValid,
  message,
}: StringScalarOptions): GraphQLScalarType<string, string> {
  const parse = (value: unknown): string => {
    if (!isValid(value)) throw ERRORS.BAD_USER_INPUT.err(message);
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    serialize: parse,
    parseValue: parse,
    parseLiteral: (ast) => parse(stringLiteral(ast, name)),
  });
}
