import { GraphQLScalarType, Kind } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { isIsoInstant } from '@dost/platform/isoTime.ts';

/** The one instant rule of the graph (isIsoInstant), which the gateway's input validation shares. */
function parseDateTime(value: unknown): string {
  if (!isIsoInstant(value)) {
    throw ERRORS.BAD_USER_INPUT.err(
      'A DateTime is ISO-8601 UTC with milliseconds, e.g. 2026-01-31T09:15:02.123Z.',
    );
  }
  return value;
}

/** DateTime: an instant, `YYYY-MM-DDTHH:mm:ss.sssZ`; kept as that string, as it is stored. */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => parseDateTime(value),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw ERRORS.BAD_USER_INPUT.err('DateTime must be a string.');
    return parseDateTime(ast.value);
  },
});
