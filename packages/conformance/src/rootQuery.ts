import { buildSubgraphSchema } from '@apollo/subgraph';
import { getNamedType, isLeafType, isNonNullType, parse } from 'graphql';

/**
 * A query on one of the subgraph's own root fields, its required arguments filled (a FIN
 * with `fin`, other scalars with a harmless value), or `{ __typename }` when it has none it
 * can fill: the third kind of call, besides `_service` and `_entities`, that must be signed.
 */
export function rootQuery(sdl: string | null, fin: string): { name: string; body: string } {
  const fallback = { name: '{ __typename }', body: JSON.stringify({ query: '{ __typename }' }) };
  if (sdl === null) return fallback;
  const query = buildSubgraphSchema({ typeDefs: parse(sdl) }).getQueryType();
  for (const field of Object.values(query?.getFields() ?? {})) {
    if (field.name.startsWith('_')) continue;
    const args: string[] = [];
    let fillable = true;
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
      const value = sampleValue(arg.type.toString(), fin);
      if (value === null) fillable = false;
      else args.push(`${arg.name}: ${value}`);
    }
    if (!fillable) continue;
    const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
    const call = `${field.name}${args.length === 0 ? '' : `(${args.join(', ')})`}${selection}`;
    return { name: `{ ${call} }`, body: JSON.stringify({ query: `{ ${call} }` }) };
  }
  return fallback;
}

function sampleValue(type: string, fin: string): string | null {
  const samples: Record<string, string> = {
    'FIN!': JSON.stringify(fin),
    '[FIN!]!': `[${JSON.stringify(fin)}]`,
    'Int!': '1',
    'String!': '"conformance"',
    'ID!': '"1"',
    'Boolean!': 'false',
  };
  return samples[type] ?? null;
}
