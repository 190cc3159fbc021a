import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { subjectsOfOperation } from '../audit/subjectsOf.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { refusalOf } from './CitedCase.ts';
import type { CaseLookup } from './createCaseLookup.ts';
import { isLegalBasis, LEGAL_BASES, splitPurpose } from './legalBases.ts';

/**
 * Purpose bound to a real case: a read naming citizens, under a basis that needs a case
 * (legalBases.ts `needsCase`), must cite an open case of the service desk for every citizen
 * it names, at the reader's centre. Checked once the operation is known and before anything
 * is planned, so a refused read reaches no registry; the refusal (CASE_NOT_VALID) is recorded
 * DENIED with the purpose, which names the cited case. Writes are the desk's own business
 * (it authorises each against the case itself) and an operator opens the case it will cite.
 * One lookup per request (this hook runs once) and nothing kept past it, so a case closed a
 * moment ago binds no further read.
 */
export function useCaseBinding(lookup: CaseLookup): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async didResolveOperation(requestContext) {
          const { contextValue, operation, document, schema, request } = requestContext;
          const { identity } = contextValue;
          if (identity.purpose === null || operation?.operation !== OperationTypeNode.QUERY) {
            return;
          }
          const { basis, reference } = splitPurpose(identity.purpose);
          if (!isLegalBasis(basis) || !LEGAL_BASES[basis].needsCase) return;
          const subjects = subjectsOfOperation({
            schema,
            document,
            operation,
            variables: request.variables,
          });
          // Nothing personal named (the catalogue, a case by its reference): nothing to bind.
          if (subjects.length === 0) return;
          const found = await lookup(reference, contextValue);
          const reason = found === 'OTHER_CENTRE' ? found : refusalOf(found, identity, subjects);
          if (reason === null) return;
          throw ERRORS.CASE_NOT_VALID.err(
            'The case cited in X-Dost-Purpose must be an open case of every citizen read, ' +
              'at your centre.',
            { reason },
          );
        },
      }),
  };
}
