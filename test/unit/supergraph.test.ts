import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  composeSupergraph,
  SUPERGRAPH_CONFIG_FILE,
  SUPERGRAPH_FILE,
  supergraphConfigText,
} from '../../scripts/lib/composeSupergraph.ts';

describe('the committed supergraph', () => {
  const result = composeSupergraph();

  it('composes without errors', () => {
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('is what `npm run compose` would write now (run it after changing a subgraph SDL)', () => {
    if (!result.ok) throw new Error('composition failed');
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(result.supergraphSdl);
  });

  it('has its config derived from the one list of subgraphs (run `npm run compose`)', () => {
    expect(readFileSync(SUPERGRAPH_CONFIG_FILE, 'utf8')).toBe(supergraphConfigText());
  });
});
