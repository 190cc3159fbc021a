import { addDays, bakuToday } from '@dost/platform/bakuToday.ts';
import type { RunningSystem } from './startSystem.ts';

const GRANT = `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

let granted = 0;

/**
 * Signs `fin` in as a citizen and has them consent, through the gateway, to `agency` reading
 * `scopes` for a month; resolves the consent's id. For tests whose partner reads a citizen.
 */
export async function grantConsentFor(
  system: Pick<RunningSystem, 'query' | 'token'>,
  fin: string,
  agency: string,
  scopes: readonly string[],
): Promise<string> {
  granted += 1;
  const result = await system.query<{ grantConsent: { id: string } }>(GRANT, {
    token: await system.token({ sub: `citizen-${fin}`, role: 'citizen', fin }),
    variables: {
      input: {
        idempotencyKey: `consent-${String(process.pid)}-${String(granted)}`,
        agency,
        scopes,
        until: addDays(bakuToday(), 30),
      },
    },
  });
  const id = result.data?.grantConsent.id;
  if (id === undefined) throw new Error(`no consent for ${fin}: ${JSON.stringify(result.errors)}`);
  return id;
}
