import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ERRORS } from '../../platform/errors.ts';
import type { Role } from '../../platform/roles.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/** Staff explore the schema in the playground; citizens and partners get data, not a map. */
const MAY_INTROSPECT: ReadonlySet<Role> = new Set([
  'operator',
  'pension_officer',
  'employment_officer',
  'disability_officer',
  'auditor',
]);

/** Denies `__schema` and `__type` anywhere in an operation to roles outside the staff. */
export function useIntrospectionControl(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ contextValue, document }) {
          if (!MAY_INTROSPECT.has(contextValue.identity.role) && introspects(document)) {
            throw ERRORS.FORBIDDEN.err('Schema introspection is for DOST staff.');
          }
          return Promise.resolve();
        },
      }),
  };
}

/**
 * Whether each document asks for the schema. Apollo Server hands over the same cached
 * DocumentNode for the same query text, so a caller's repeated operation is walked once.
 */
const introspecting = new WeakMap<DocumentNode, boolean>();

function introspects(document: DocumentNode): boolean {
  let found = introspecting.get(document);
  if (found === undefined) {
    found = findsIntrospection(document);
    introspecting.set(document, found);
  }
  return found;
}

function findsIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
