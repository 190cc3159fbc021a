import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

let taken = 0;

/**
 * Leaves one process's /metrics text, scraped as its test system closes (after all of that
 * file's traffic), for test/afterSuite to check once every file has run. `kind` is `gateway`
 * or the subgraph's name.
 */
export function recordScrape(kind: string, text: string): void {
  const dir = inject('scrapesDir');
  mkdirSync(dir, { recursive: true });
  taken += 1;
  writeFileSync(join(dir, `${kind}.${process.pid}.${taken}.prom`), text);
}
