import { Kind, parse, valueFromASTUntyped } from 'graphql';

/**
 * Each subgraph's name and URL as the supergraph routes it (`@join__graph`), with
 * `overrides` taking precedence, as the gateway itself resolves them.
 */
export function subgraphEndpoints(
  supergraphSdl: string,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const definition of parse(supergraphSdl).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION || definition.name.value !== 'join__Graph') {
      continue;
    }
    for (const value of definition.values ?? []) {
      const graph = value.directives?.find((d) => d.name.value === 'join__graph');
      const args = Object.fromEntries(
        (graph?.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value)]),
      );
      const { name, url } = args;
      if (typeof name === 'string') endpoints[name] = overrides[name] ?? String(url ?? '');
    }
  }
  return endpoints;
}
