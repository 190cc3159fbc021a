/** Two-way translation between a graph enum and a legacy column's short codes. */
export interface CodeBook<T extends string> {
  /** The code the registry stores for a value; what seeders write. */
  encode(value: T): string;
  /** The value a stored code stands for; throws on a code the graph does not model. */
  decode(code: string): T;
}

/**
 * Builds the code book of one legacy column, written once so that the registry (decode) and
 * its seeder (encode) cannot disagree. An unknown code is an error, not a guess or a dropped
 * row: a wrong status shown at a window is worse than no answer. The kit masks the error as
 * INTERNAL and logs it, naming the column and the code.
 */
export function createCodeBook<T extends string>(
  column: string,
  codes: Record<T, string>,
): CodeBook<T> {
  const values = new Map<string, T>();
  for (const value of Object.keys(codes) as T[]) {
    const code = codes[value];
    // Two values sharing a code could not be told apart when reading.
    if (values.has(code)) throw new Error(`${column}: code '${code}' is given twice`);
    values.set(code, value);
  }
  return {
    encode: (value) => codes[value],
    decode(code) {
      const value = values.get(code);
      if (value === undefined) throw new Error(`${column}: unknown code '${code}'`);
      return value;
    },
  };
}
