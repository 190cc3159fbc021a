import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import { refuse } from '../desk/refuse.ts';
import { runOnce, type KeyedInput } from '../desk/runOnce.ts';
import type { ServicesLoaders } from '../loaders.ts';
import type { Consent } from '../registry/consents.ts';

export interface RevokeConsentInput extends KeyedInput {
  readonly id: string;
}

type Context = SubgraphContext<ServicesLoaders>;

/**
 * A citizen revokes one of their own consents: from then on no read is made under it. One
 * already revoked stays as it was (its first revocation time). Another citizen's consent is
 * refused and reported against that citizen, so their log shows the attempt.
 */
export async function revokeConsent(input: RevokeConsentInput, context: Context): Promise<Consent> {
  const { identity, loaders } = context;
  const consentId = Number(input.id);
  const id = await runOnce('revokeConsent', input, context, async (trx) => {
    const found = Number.isSafeInteger(consentId) ? await trx.consentById(consentId) : null;
    if (found === null) {
      throw ERRORS.BAD_USER_INPUT.err('No consent has this id.', { argument: 'id' });
    }
    if (identity.role !== 'citizen' || found.fin !== identity.fin) {
      refuse(context, 'Mutation.revokeConsent', [found.fin], 'A citizen revokes their own only.');
    }
    await trx.revokeConsent(found.id, new Date().toISOString());
    return found.id;
  });
  const revoked = await loaders.consent.load(id);
  if (revoked === null) throw ERRORS.INTERNAL.err();
  return revoked;
}
