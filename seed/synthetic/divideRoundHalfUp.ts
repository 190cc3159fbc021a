/**
 * numerator / denominator rounded half up, for non-negative safe integers: the integer
 * rule every money computation here uses (e.g. capital / 144 → qəpik). Exact as long as
 * 2·numerator + denominator stays below 2^53.
 */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (numerator < 0 || denominator <= 0) {
    throw new RangeError(`divideRoundHalfUp(${numerator}, ${denominator})`);
  }
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}
