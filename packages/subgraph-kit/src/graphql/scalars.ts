import { GraphQLScalarType } from 'graphql';
import { isFin } from '@dost/platform/fin.ts';
import { isIsoDate, isIsoInstant } from '@dost/platform/isoTime.ts';
import { createStringScalar } from './createStringScalar.ts';
import { formatMoney, parseMoney } from './money.ts';
import { stringLiteral } from './stringLiteral.ts';

// The graph's shared scalars. FIN, Date and DateTime obey the same rules as the gateway's
// input validation (@dost/platform's isFin, isIsoDate, isIsoInstant), so the two can never
// disagree about a value.

/** FIN: the citizen's permanent 7-character key across every registry. */
export const FinScalar = createStringScalar({
  name: 'FIN',
  isValid: isFin,
  message: 'A FIN is 7 capital Latin letters or digits, without I or O (e.g. 5ZK7P2Q).',
});

/** Date: a calendar day that exists, `YYYY-MM-DD`, with no time zone. */
export const DateScalar = createStringScalar({
  name: 'Date',
  isValid: isIsoDate,
  message: 'A Date is written YYYY-MM-DD.',
});

/** DateTime: an instant, `YYYY-MM-DDTHH:mm:ss.sssZ`; kept as that string, as it is stored. */
export const DateTimeScalar = createStringScalar({
  name: 'DateTime',
  isValid: isIsoInstant,
  message: 'A DateTime is ISO-8601 UTC with milliseconds, e.g. 2026-01-31T09:15:02.123Z.',
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
