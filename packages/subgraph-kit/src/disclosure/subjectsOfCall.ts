import type { GraphQLResolveInfo } from 'graphql';
import { finsIn, mayNameCitizen } from '@dost/platform/finsIn.ts';

/**
 * The citizens one field call is about: the owner of the object it is read on (`fin`), and
 * every FIN its arguments name (graphql-js hands resolvers coerced arguments, variable
 * defaults included). Used for what was disclosed and for what was refused alike.
 */
export function subjectsOfCall(parent: unknown, args: unknown, info: GraphQLResolveInfo): string[] {
  const found = new Set<string>();
  const owner = (parent as { fin?: unknown } | null | undefined)?.fin;
  if (typeof owner === 'string') found.add(owner);
  const field = info.parentType.getFields()[info.fieldName];
  for (const arg of field?.args ?? []) {
    if (!mayNameCitizen(arg.type)) continue;
    finsIn(arg.type, (args as Record<string, unknown> | null)?.[arg.name], found);
  }
  return [...found];
}

/** The owners of what a field returned: an object carrying `fin`, or a list of them. */
export function ownersOf(value: unknown): string[] {
  const owners: string[] = [];
  const add = (item: unknown) => {
    const fin = (item as { fin?: unknown } | null | undefined)?.fin;
    if (typeof fin === 'string') owners.push(fin);
  };
  if (Array.isArray(value)) value.forEach(add);
  else add(value);
  return owners;
}
