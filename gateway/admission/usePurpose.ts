import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { basesCitableBy } from './legalBases.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Staff, partners and auditors state why they read: an operation that asks for anything
 * beyond schema introspection needs X-Dost-Purpose citing a legal basis their role may cite
 * (parsePurpose has already set aside any other). Citizens reading their own data need none.
 */
export function usePurpose(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ contextValue, operation }) {
          const { role, purpose } = contextValue.identity;
          if (role === 'citizen' || purpose !== null || onlyIntrospection(operation)) {
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

function onlyIntrospection(operation: OperationDefinitionNode | undefined): boolean {
  return (operation?.selectionSet.selections ?? []).every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}
