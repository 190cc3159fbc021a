import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { ERRORS } from '../../platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Staff, partners and auditors state why they read: an operation that asks for anything
 * beyond schema introspection needs X-Dost-Purpose. Citizens reading their own data need none.
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
          throw ERRORS.PURPOSE_REQUIRED.err();
        },
      }),
  };
}

function onlyIntrospection(operation: OperationDefinitionNode | undefined): boolean {
  return (operation?.selectionSet.selections ?? []).every(
    (selection) => selection.kind === Kind.FIELD && selection.name.value.startsWith('__'),
  );
}
