/** A FIN: 7 Latin capitals and digits, never I or O. */
export const FIN_PATTERN = /^[0-9A-HJ-NP-Z]{7}$/;

export function isFin(value: unknown): value is string {
  return typeof value === 'string' && FIN_PATTERN.test(value);
}
