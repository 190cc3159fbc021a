import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  composeSupergraph,
  SUPERGRAPH_CONFIG_FILE,
  SUPERGRAPH_FILE,
  supergraphConfigText,
} from './lib/composeSupergraph.ts';

// `npm run compose`: the subgraphs of SUBGRAPH_LIST (@dost/platform/subgraphList.ts) →
// schema/supergraph.config.json and the composed schema/supergraph.graphql.
const result = composeSupergraph();
if (!result.ok) {
  console.error(`Composition failed:\n- ${result.errors.join('\n- ')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_CONFIG_FILE, supergraphConfigText());
writeFileSync(SUPERGRAPH_FILE, result.supergraphSdl);
console.log(`Wrote ${fileURLToPath(SUPERGRAPH_CONFIG_FILE)} and ${fileURLToPath(SUPERGRAPH_FILE)}`);
