/** An enum value as words: OLD_AGE → "old age". */
export function label(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/** A Money string (exact decimal AZN) as shown to people; never parsed into a float. */
export function azn(amount: string): string {
  return `${amount} AZN`;
}

/** A disability degree as written on the decision: "degree II", "no disability", … */
export function degree(value: string): string {
  if (/^I{1,3}$/.test(value)) return `degree ${value}`;
  if (value === 'CHILD_LIMITED_HEALTH_CAPACITY') return 'child with limited health capacity';
  return value === 'NONE' ? 'no disability' : label(value);
}
