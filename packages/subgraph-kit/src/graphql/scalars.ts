import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { isFin } from '@dost/platform/fin.ts';
import { isIsoDate } from '@dost/platform/isoTime.ts';
import { DateTimeScalar } from './DateTimeScalar.ts';
import { formatMoney, parseMoney } from './money.ts';

function stringLiteral(ast: ValueNode, typeName: string): string {
  if (ast.kind !== Kind.STRING) throw ERRORS.BAD_USER_INPUT.err(`${typeName} must be a string.`);
  return ast.value;
}

function parseFin(value: unknown): string {
  if (!isFin(value)) {
    throw ERRORS.BAD_USER_INPUT.err(
      'A FIN is 7 capital Latin letters or digits, without I or O (e.g. 5ZK7P2Q).',
    );
  }
  return value;
}

/** FIN: the citizen's permanent 7-character key across every registry. */
export const FinScalar = new GraphQLScalarType({
  name: 'FIN',
  serialize: (value) => parseFin(value),
  parseValue: parseFin,
  parseLiteral: (ast) => parseFin(stringLiteral(ast, 'FIN')),
});

/** The one date rule of the graph (isIsoDate), which the gateway's input validation shares. */
function parseDate(value: unknown): string {
  if (!isIsoDate(value)) {
    throw ERRORS.BAD_USER_INPUT.err('A Date is written YYYY-MM-DD.');
  }
  return value;
}

/** Date: a calendar day, `YYYY-MM-DD`, with no time zone. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(stringLiteral(ast, 'Date')),
});

/** Money: AZN as an exact decimal string ("349.76"); integer qəpik inside the code. */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  serialize: (value) => {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new TypeError('Money is serialised from integer qəpik');
    }
    return formatMoney(value);
  },
  parseValue: (value) => parseMoney(value),
  parseLiteral: (ast) => parseMoney(stringLiteral(ast, 'Money')),
});

/** Resolver-map entries for the shared scalars; a registry subgraph gets those its SDL declares. */
export const scalarResolvers = {
  FIN: FinScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Money: MoneyScalar,
};
