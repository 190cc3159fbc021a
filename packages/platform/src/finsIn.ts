import { getNullableType, isInputObjectType, isListType, type GraphQLInputType } from 'graphql';
import { isFin } from './fin.ts';

/** The scalar through which a caller names a citizen, in every subgraph's schema. */
export const FIN_SCALAR = 'FIN';

/**
 * Adds to `into` every FIN that `value` (already coerced to `type`) names, at any depth:
 * a `FIN` argument, a list of them, or a `FIN` field of an input object, nested or not.
 * The type decides, not the argument's name, so no argument that names a citizen is missed
 * however it is called.
 */
export function finsIn(type: GraphQLInputType, value: unknown, into: Set<string>): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    // A single value where a list is declared is coerced to a list of one.
    for (const item of Array.isArray(value) ? value : [value]) finsIn(nullable.ofType, item, into);
    return;
  }
  if (isInputObjectType(nullable)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(nullable.getFields())) {
      finsIn(field.type, (value as Record<string, unknown>)[field.name], into);
    }
    return;
  }
  if (nullable.name === FIN_SCALAR && isFin(value)) into.add(value);
}

/** Whether a value of this type can name a citizen at all, so callers can skip the rest. */
export function mayNameCitizen(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return mayNameCitizen(nullable.ofType, seen);
  if (isInputObjectType(nullable)) {
    // Input objects may refer to themselves; each is looked into once.
    if (seen.has(nullable.name)) return false;
    seen.add(nullable.name);
    return Object.values(nullable.getFields()).some((field) => mayNameCitizen(field.type, seen));
  }
  return nullable.name === FIN_SCALAR;
}
