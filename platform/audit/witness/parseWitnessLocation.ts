import { resolve } from 'node:path';
import type { AuditWitnessLocation } from './AuditWitness.ts';

/**
 * `file:<path>` (relative to the working directory; `file:///abs` works too) or a
 * `mysql://` URL of a second database; null for anything else.
 */
export function parseWitnessLocation(value: string): AuditWitnessLocation | null {
  if (value.startsWith('file:') && value.length > 'file:'.length) {
    return { kind: 'file', path: resolve(value.slice('file:'.length)) };
  }
  if (value.startsWith('mysql://') && URL.canParse(value)) return { kind: 'mysql', url: value };
  return null;
}
