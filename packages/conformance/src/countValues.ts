/** Non-null leaf values in a piece of an answer's data: how much of it there is. */
export function countValues(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (Array.isArray(value)) return value.reduce((n: number, item) => n + countValues(item), 0);
  if (typeof value === 'object') {
    return Object.values(value).reduce((n: number, item) => n + countValues(item), 0);
  }
  return 1;
}
