import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import type { Identity } from '@dost/platform/roles.ts';
import type { Admission } from '../admission/createAdmission.ts';
import { observationOf } from './observations.ts';

/** Admission that tells the request's observation who was admitted, or the refusal's code. */
export function observeAdmission(admit: Admission): Admission {
  return async (req: IncomingMessage, requestId: string): Promise<Identity> => {
    const observed = observationOf(req);
    try {
      const identity = await admit(req, requestId);
      observed.who = { role: identity.role, centre: identity.centre, agency: identity.agency };
      return identity;
    } catch (error) {
      const code = error instanceof GraphQLError ? error.extensions['code'] : undefined;
      observed.refusedWith = typeof code === 'string' ? code : null;
      throw error;
    }
  };
}
