import { parseWitnessLocation, type AuditWitnessLocation } from './parseWitnessLocation.ts';

/** The environment as given: variable name → value. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

/** Typed readers of one environment; each bad value adds a line to `problems`. */
export type EnvReaders = ReturnType<typeof createEnvReaders>;

/**
 * Readers that trim, treat an empty value as unset, and collect every problem instead of
 * throwing at the first, so that readEnv can name them all at once.
 */
export function createEnvReaders(source: EnvSource, problems: string[]) {
  const raw = (name: string): string | undefined => {
    const value = source[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    /** Records a problem no single reader can see (one of two variables missing, say). */
    problem(message: string): void {
      problems.push(message);
    },
    optional: raw,
    string: (name: string, fallback: string): string => raw(name) ?? fallback,
    int(name: string, fallback: number): number {
      const value = raw(name);
      if (value === undefined) return fallback;
      if (!/^\d+$/.test(value)) problems.push(`${name} must be a non-negative integer`);
      return Number(value);
    },
    /** A non-negative integer, or undefined when unset. */
    optionalInt(name: string): number | undefined {
      const value = raw(name);
      if (value === undefined) return undefined;
      if (!/^\d+$/.test(value)) problems.push(`${name} must be a non-negative integer`);
      return Number(value);
    },
    /** A positive integer, or undefined when unset. */
    positive(name: string): number | undefined {
      const value = raw(name);
      if (value === undefined) return undefined;
      if (!/^[1-9]\d*$/.test(value)) problems.push(`${name} must be a positive integer`);
      return Number(value);
    },
    /** Comma-separated, blanks dropped; the fallback when unset. */
    list(name: string, fallback: readonly string[]): readonly string[] {
      const items = raw(name)
        ?.split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
      return items === undefined || items.length === 0 ? fallback : items;
    },
    url(name: string): string | undefined {
      const value = raw(name);
      if (value !== undefined && !URL.canParse(value)) problems.push(`${name} must be a URL`);
      return value;
    },
    witness(name: string, fallbackPath: string): AuditWitnessLocation {
      const value = raw(name);
      if (value === undefined) return { kind: 'file', path: fallbackPath };
      const location = parseWitnessLocation(value);
      if (location === null) problems.push(`${name} must be file:<path> or a mysql:// URL`);
      return location ?? { kind: 'file', path: fallbackPath };
    },
    oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
      const value = raw(name) ?? fallback;
      if (allowed.includes(value as T)) return value as T;
      problems.push(`${name} must be one of ${allowed.join(', ')}`);
      return fallback;
    },
  };
}
