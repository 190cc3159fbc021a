import {
  createGroupLoader,
  createKeyLoader,
  createPageLoader,
  type PageArgs,
} from '@dost/subgraph-kit';
import type { DisabilityRegistry } from './registry.ts';

/** Per-request loaders of the disability subgraph; each batch is one statement. */
export function createDisabilityLoaders(registry: DisabilityRegistry) {
  return {
    currentDecision: createKeyLoader(
      (fins: readonly string[]) => registry.currentDecisionsByFin(fins),
      (d) => d.fin,
    ),
    decisionPage: createPageLoader(
      (fins: readonly string[], page: PageArgs) => registry.decisionPagesByFin(fins, page),
      (d) => d.fin,
    ),
    referralPage: createPageLoader(
      (fins: readonly string[], page: PageArgs) => registry.referralPagesByFin(fins, page),
      (r) => r.fin,
    ),
    diagnoses: createGroupLoader(
      (fins: readonly string[]) => registry.diagnosesByFin(fins),
      (d) => d.fin,
    ),
  };
}

export type DisabilityLoaders = ReturnType<typeof createDisabilityLoaders>;
