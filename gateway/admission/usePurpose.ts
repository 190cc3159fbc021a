import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, OperationTypeNode, type OperationDefinitionNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { ROLES_WITHOUT_PURPOSE } from '@dost/platform/roles.ts';
import { basesCitableBy } from './legalBases.ts';
import { PURPOSE_FREE_ROOT_FIELDS } from './purposeFreeFields.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Staff, partners and auditors state why they read: an operation that asks for anything
 * beyond schema introspection needs X-Dost-Purpose citing a legal basis their role may cite
 * (parsePurpose has already set aside any other). Citizens reading their own data need none,
 * nor do centre managers (they read no personal data), nor an operation asking only for
 * aggregates that name no one (purposeFreeFields.ts).
 */
export function usePurpose(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          const { role, purpose } = contextValue.identity;
          if (
            ROLES_WITHOUT_PURPOSE.includes(role) ||
            purpose !== null ||
            onlyPurposeFree(operation)
          ) {
            return Promise.resolve();
          }
          // The stated value is never echoed back: the bases are all a caller needs to know.
          const bases = basesCitableBy(role);
          throw ERRORS.PURPOSE_REQUIRED.err(
            'State a purpose in X-Dost-Purpose as LEGAL_BASIS:case-reference; ' +
              `the role ${role} may cite ${bases.join(', ')}.`,
            { legalBases: bases },
          );
        },
      }),
  };
}

/** Whether a query asks only for introspection and purpose-free root fields. */
function onlyPurposeFree(operation: OperationDefinitionNode | undefined): boolean {
  const isQuery = operation?.operation === OperationTypeNode.QUERY;
  return (operation?.selectionSet.selections ?? []).every(
    (selection) =>
      selection.kind === Kind.FIELD &&
      (selection.name.value.startsWith('__') ||
        (isQuery && PURPOSE_FREE_ROOT_FIELDS.has(selection.name.value))),
  );
}
