import { runRegistrySubgraph } from '@dost/subgraph-kit';
import { trainingSubgraph } from './trainingSubgraph.ts';

// Entry point only: `npm start` serves the training subgraph, configured from the environment.
await runRegistrySubgraph(trainingSubgraph);
