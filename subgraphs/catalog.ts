import type { RegistrySubgraph } from '@dost/subgraph-kit';
import type { BuiltInSubgraphName } from '@dost/platform/subgraphList.ts';
import { auditSubgraph } from './audit/auditSubgraph.ts';
import { disabilitySubgraph } from './disability/disabilitySubgraph.ts';
import { pensionsSubgraph } from './pensions/pensionsSubgraph.ts';
import { peopleSubgraph } from './people/peopleSubgraph.ts';
import { servicesSubgraph } from './services/servicesSubgraph.ts';
import { unemploymentSubgraph } from './unemployment/unemploymentSubgraph.ts';

/**
 * Every registry subgraph this repository serves, one per name of SUBGRAPH_LIST (the compiler
 * holds the two to each other), each declared in its own folder.
 */
export const REGISTRY_SUBGRAPHS = {
  people: peopleSubgraph,
  pensions: pensionsSubgraph,
  unemployment: unemploymentSubgraph,
  disability: disabilitySubgraph,
  audit: auditSubgraph,
  services: servicesSubgraph,
} as const satisfies Record<BuiltInSubgraphName, RegistrySubgraph>;

export type RegistrySubgraphName = keyof typeof REGISTRY_SUBGRAPHS;

export function isRegistrySubgraphName(name: unknown): name is RegistrySubgraphName {
  return typeof name === 'string' && Object.hasOwn(REGISTRY_SUBGRAPHS, name);
}
