import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { composeSupergraph, SUPERGRAPH_FILE } from './lib/composeSupergraph.ts';

const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n- ${result.errors.join('\n- ')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
console.log(`Wrote ${fileURLToPath(SUPERGRAPH_FILE)}`);
