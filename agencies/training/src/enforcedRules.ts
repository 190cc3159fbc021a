import { trainingSubgraph } from './trainingSubgraph.ts';

/**
 * The complete rule tree the subgraph enforces: `permissions.ts` with the kit's federation
 * plumbing added. `schema:check --rules` reads this file, so the check sees exactly what a
 * request meets, as it does for the core registries.
 */
export default trainingSubgraph.rules;
