import { GraphQLScalarType, Kind } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function parseDateTime(value: unknown): string {
  // The round trip rejects impossible instants such as 2026-02-30.
  if (typeof value !== 'string' || !INSTANT.test(value) || !roundTrips(value)) {
    throw ERRORS.BAD_USER_INPUT.err(
      'A DateTime is ISO-8601 UTC with milliseconds, e.g. 2026-01-31T09:15:02.123Z.',
    );
  }
  return value;
}

function roundTrips(value: string): boolean {
  const time = Date.parse(value);
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
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
