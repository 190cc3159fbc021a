/** Response extension in which a subgraph reports what personal data it disclosed. */
export const DISCLOSURE_EXTENSION = 'dostDisclosure';

/**
 * What one subgraph did with personal data for one request: whose data it disclosed or
 * refused (`subjects`), which fields reached its answer (`fields`), and which fields its
 * rules refused (`refused`), all as schema coordinates (`Type.field`).
 */
export interface DisclosureReport {
  readonly subjects: readonly string[];
  readonly fields: readonly string[];
  readonly refused: readonly string[];
}

/** Reads a report from untrusted JSON, keeping only well-formed strings. */
export function parseDisclosureReport(value: unknown): DisclosureReport | null {
  if (typeof value !== 'object' || value === null) return null;
  const { subjects, fields, refused } = value as Record<string, unknown>;
  const strings = (list: unknown) =>
    Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string') : [];
  return { subjects: strings(subjects), fields: strings(fields), refused: strings(refused) };
}
