/** `LEGAL_BASIS:case-reference`, e.g. `SERVICE_APPLICATION:APP-2026-000123`. */
const PURPOSE = /^[A-Z][A-Z_]{1,39}:[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/;

/** The stated purpose of a read, or null when the header is absent or malformed. */
export function parsePurpose(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (value === undefined) return null;
  const trimmed = value.trim();
  return PURPOSE.test(trimmed) ? trimmed : null;
}
