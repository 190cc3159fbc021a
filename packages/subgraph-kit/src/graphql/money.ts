import { ERRORS } from '@dost/platform/errors.ts';
import { formatHundredths } from './formatHundredths.ts';

const DECIMAL = /^(-?)(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Formats integer qəpik as AZN with exactly two decimals: 34976 → "349.76". */
export function formatMoney(qepik: number): string {
  return formatHundredths(qepik);
}

/** Parses an AZN decimal string into integer qəpik, never through a float. */
export function parseMoney(value: unknown): number {
  const match = typeof value === 'string' ? DECIMAL.exec(value) : null;
  if (match === null) throw ERRORS.BAD_USER_INPUT.err('Money is a decimal string like "349.76".');
  const [, sign = '', whole = '0', fraction = ''] = match;
  const qepik = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return sign === '-' ? -qepik : qepik;
}
