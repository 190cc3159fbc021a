/*
 * The one file of the schema checks that knows where this repository keeps its subgraphs'
 * rule trees; @dost/schema-tools knows none, and an agency passes its own with --rules.
 */
import { isPlainMap, type LoadedRuleTree } from '@dost/schema-tools';

/**
 * The rule tree of a registry this repository runs (its catalog entry), or undefined for a
 * subgraph it does not know. The catalog is imported only when asked: it pulls in every
 * registry's code, which an agency's own check never needs.
 */
export async function knownRuleTree(name: string): Promise<LoadedRuleTree | undefined> {
  const { REGISTRY_SUBGRAPHS, isRegistrySubgraphName } = await import('../../subgraphs/catalog.ts');
  if (!isRegistrySubgraphName(name)) return undefined;
  const rules: unknown = REGISTRY_SUBGRAPHS[name].rules;
  // Every catalog entry is a type map today; a single schema-wide rule would have no names.
  if (!isPlainMap(rules)) return undefined;
  return { tree: rules, from: `subgraphs/catalog.ts (${name})` };
}
