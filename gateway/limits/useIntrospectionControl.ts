import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import type { Role } from '@dost/platform/roles.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { perDocument } from '../perDocument.ts';

/** Staff explore the schema in the playground; citizens and partners get data, not a map. */
const MAY_INTROSPECT: ReadonlySet<Role> = new Set([
  'operator',
  'pension_officer',
  'employment_officer',
  'disability_officer',
  'auditor',
  'centre_manager',
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

/** Whether a document asks for the schema, worked out once per document. */
export const introspects = perDocument(findsIntrospection);

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
