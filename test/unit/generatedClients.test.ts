import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateClients, MANIFEST_FILE } from '../../scripts/codegen/generateClients.ts';

const root = new URL('../../', import.meta.url);
const committed = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the generated client and trusted-document manifest', () => {
  it('are what npm run codegen writes today (run it and commit the output)', async () => {
    const files = await generateClients();
    expect(files.map((file) => file.path)).toContain(MANIFEST_FILE);
    for (const file of files) expect(committed(file.path), file.path).toBe(file.content);
  }, 60_000);

  it('give every document the sha256 of its exact text as its id', () => {
    const manifest = JSON.parse(committed(MANIFEST_FILE)) as Record<string, string>;
    expect(Object.keys(manifest).length).toBeGreaterThanOrEqual(4);
    for (const [id, text] of Object.entries(manifest)) {
      expect(createHash('sha256').update(text).digest('hex')).toBe(id);
    }
  });
});
