import { runRegistrySubgraph } from '@dost/subgraph-kit';
import { isRegistrySubgraphName, REGISTRY_SUBGRAPHS } from './catalog.ts';

// Entry point only: `npm run start:subgraph -- <name>` runs one registry subgraph.
const name = process.argv[2];
if (!isRegistrySubgraphName(name)) {
  throw new Error(`Name a subgraph: ${Object.keys(REGISTRY_SUBGRAPHS).join(', ')}`);
}
await runRegistrySubgraph(REGISTRY_SUBGRAPHS[name]);
