import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';
import { bakuToday } from '@dost/platform/bakuToday.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import { scopesOpening } from '@dost/platform/partnerScopes.ts';
import type { Identity } from '@dost/platform/roles.ts';
import { recordConsentsUsed } from '../audit/consentsUsed.ts';
import { operationShape } from '../audit/operationShape.ts';
import { subjectsOfOperation } from '../audit/subjectsOf.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import type { ConsentLookup } from './createConsentLookup.ts';
import { consentFor } from './GivenConsent.ts';

/**
 * Most citizens one partner read may name: each one's consent is marked in the purpose its
 * audit record carries, whose column holds 512 characters. A partner checks one applicant at
 * a time; twenty is room to spare.
 */
export const MAX_CONSENTED_SUBJECTS = 20;

/**
 * Citizen consent for partners: a partner's read naming citizens needs, for each, a live
 * consent of that citizen to the partner's agency that names, for every field the read asks
 * for that a scope opens, one of the scopes of the partner's agreement that open it. That is
 * on top of the agreement (the token's scopes, which the subgraphs' rules check): a field the
 * agreement does not open is refused there, FORBIDDEN, consent or not, and a partner whose
 * agreement names nothing is refused there too.
 *
 * Checked once the operation is known and before anything is planned, like the case binding:
 * a refused read reaches no registry and is recorded DENIED (CONSENT_REQUIRED, with `reason`).
 * An allowed read's audit records name the consent each citizen was read under (consentsUsed).
 */
export function useConsentCheck(lookup: ConsentLookup): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async didResolveOperation(requestContext) {
          const { contextValue, operation, document, schema, request } = requestContext;
          const { identity } = contextValue;
          if (!needsConsent(identity) || operation?.operation !== OperationTypeNode.QUERY) return;
          const subjects = subjectsOfOperation({
            schema,
            document,
            operation,
            variables: request.variables,
          });
          if (subjects.length === 0) return;
          if (subjects.length > MAX_CONSENTED_SUBJECTS) {
            throw ERRORS.BAD_USER_INPUT.refuse(
              `A partner reads at most ${String(MAX_CONSENTED_SUBJECTS)} citizens at once.`,
            );
          }
          const needs = scopesNeeded(
            operationShape(schema, document, operation).requested,
            identity.scopes,
          );
          const given = await lookup(subjects, contextValue);
          const today = bakuToday();
          const used = new Map<string, string>();
          for (const fin of subjects) {
            const verdict = consentFor(given.get(fin) ?? [], needs, today);
            if ('refusal' in verdict) {
              throw ERRORS.CONSENT_REQUIRED.err(
                'Each citizen read needs their live consent to your agency for the scopes read.',
                { reason: verdict.refusal },
              );
            }
            used.set(fin, verdict.consent.id);
          }
          recordConsentsUsed(contextValue, used);
        },
      }),
  };
}

/** Partners whose agreement names something; the rest are refused by the rules anyway. */
function needsConsent(identity: Identity): boolean {
  return identity.role === 'partner' && identity.scopes.length > 0;
}

/**
 * Per field asked for that a scope opens, the scopes of the agreement that open it. A field
 * no scope of the agreement opens needs none: the rules refuse it.
 */
function scopesNeeded(requested: readonly string[], agreed: readonly string[]): string[][] {
  return requested
    .map((field) => scopesOpening(field).filter((scope) => agreed.includes(scope)))
    .filter((scopes) => scopes.length > 0);
}
