import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import { refuse } from '../desk/refuse.ts';
import { runOnce, type KeyedInput } from '../desk/runOnce.ts';
import type { ServicesLoaders } from '../loaders.ts';
import type { Consent } from '../registry/consents.ts';
import { consentTerms } from './consentInput.ts';

export interface GrantConsentInput extends KeyedInput {
  readonly agency: string;
  readonly scopes: readonly string[];
  readonly until: string;
}

type Context = SubgraphContext<ServicesLoaders>;

/**
 * A citizen consents, for themself only, to a partner agency reading the named scopes of
 * their data until a day: written once per idempotency key. Each grant is a consent of its
 * own; an earlier one to the same agency stands until it is revoked or lapses.
 */
export async function grantConsent(input: GrantConsentInput, context: Context): Promise<Consent> {
  const { identity, loaders } = context;
  const fin = identity.fin;
  if (identity.role !== 'citizen' || fin === null) {
    refuse(context, 'Mutation.grantConsent', [], 'Only a citizen consents, for themself.');
  }
  const terms = consentTerms(input);
  const id = await runOnce('grantConsent', input, context, (trx) =>
    trx.insertConsent({ fin, ...terms, grantedAt: new Date().toISOString() }),
  );
  const granted = await loaders.consent.load(id);
  if (granted === null) throw ERRORS.INTERNAL.err();
  return granted;
}
