import { runRegistrySubgraph } from '@dost/subgraph-kit';
import { isRegistrySubgraphName, REGISTRY_SUBGRAPHS } from './catalog.ts';

// Entry point only: `npm run start:subgraph -- <name> [<name> …]` runs registry subgraphs, each
// on its own port with its own database, pool and metrics. A deployment runs one per process
// (deploy/), so one registry's fault or load never reaches another; `npm start` runs them all
// in one process, which saves the memory of five Node runtimes on a developer's machine.
const names = process.argv.slice(2);
if (names.length === 0 || !names.every(isRegistrySubgraphName)) {
  throw new Error(`Name one or more subgraphs: ${Object.keys(REGISTRY_SUBGRAPHS).join(', ')}`);
}
await Promise.all(names.map((name) => runRegistrySubgraph(REGISTRY_SUBGRAPHS[name])));
