/** Response extension in which a subgraph reports what personal data it disclosed. */
export const DISCLOSURE_EXTENSION = 'dostDisclosure';

/** What one subgraph disclosed for one request: whose data, and which fields. */
export interface DisclosureReport {
  readonly subjects: readonly string[];
  readonly fields: readonly string[];
}

/** Reads a report from untrusted JSON, keeping only well-formed strings. */
export function parseDisclosureReport(value: unknown): DisclosureReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const { subjects, fields } = value as Record<string, unknown>;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  return { subjects: strings(subjects), fields: strings(fields) };
}
