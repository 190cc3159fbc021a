/**
 * Writes an integer count of hundredths as an exact decimal with two places, never through a
 * float: 34976 → "349.76" (qəpik as AZN), 5500 → "55.00" (basis points as a percent).
 */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const abs = Math.abs(hundredths);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
