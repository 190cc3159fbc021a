import { readFileSync } from 'node:fs';
import { isFin } from '@dost/platform/fin.ts';

/** Keys in the batching check's many-key call. */
export const MANY_KEYS = 100;

/**
 * The FINs to ask for: those in `file` (one a line, or a JSON array), else `fallback` (the
 * DOST repository passes its development seed's first citizens). Existing citizens, so that
 * nested lookups run too; an agency names its own, since only it knows who its registry holds.
 */
export function loadFins({
  file,
  fallback,
}: {
  file: string | undefined;
  fallback?: (() => readonly string[]) | undefined;
}): string[] {
  if (file === undefined) {
    const fins = fallback?.() ?? [];
    if (fins.length === 0)
      throw new Error('Name the citizens your registry holds: --fins-from <file>.');
    return fins.slice(0, MANY_KEYS);
  }
  const text = readFileSync(file, 'utf8').trim();
  const listed: unknown[] = text.startsWith('[')
    ? (JSON.parse(text) as unknown[])
    : text.split(/\s+/);
  const fins = [...new Set(listed.filter(isFin))].slice(0, MANY_KEYS);
  if (fins.length === 0) throw new Error(`${file} lists no FIN.`);
  return fins;
}
