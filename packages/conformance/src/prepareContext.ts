import type { Role } from '@dost/platform/roles.ts';
import { candidateIdentities, identityFor } from './candidateIdentities.ts';
import { chooseIdentity } from './chooseIdentity.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { entitySelection, type EntitySelection } from './entitySelection.ts';
import { dataOf } from './graphqlAnswer.ts';
import type { SubgraphClient } from './SubgraphClient.ts';

export interface PrepareOptions {
  client: SubgraphClient;
  /** Citizens the subgraph knows; the first is the subject of single-key calls unless `fin`. */
  fins: readonly string[];
  fin?: string | undefined;
  /** Sign as this role only, instead of choosing. */
  role?: Role | undefined;
}

/**
 * What the checks need to know first, learned from the subgraph itself: its SDL (a signed
 * `_service` call), the Citizen fields it owns, and whom to sign as.
 */
export async function prepareContext(options: PrepareOptions): Promise<ConformanceContext> {
  const { client, fins, role } = options;
  const fin = options.fin ?? fins[0];
  if (fin === undefined) throw new Error('No FIN to ask for: give --fin or --fins-from.');
  const [first] = candidateIdentities(fin);
  const reader = role === undefined ? first : identityFor(role, fin);
  if (reader === undefined) throw new Error('no identity to read the SDL as');
  const sdl = await readSdl(client, reader);
  const selection = sdl === null ? null : parseSelection(sdl);
  const base = { client, fins, fin, sdl, selection };
  if (role !== undefined) {
    return { ...base, identity: reader, identityReason: 'given with --role' };
  }
  if (selection === null) {
    return { ...base, identity: reader, identityReason: 'no Citizen fields to choose by' };
  }
  const chosen = await chooseIdentity(client, { fins, fin, selection: selection.selection });
  return { ...base, identity: chosen.identity, identityReason: chosen.reason };
}

async function readSdl(
  client: SubgraphClient,
  identity: ConformanceContext['identity'],
): Promise<string | null> {
  const answer = await client.post(JSON.stringify({ query: '{ _service { sdl } }' }), { identity });
  const service = dataOf(answer)?.['_service'] as { sdl?: unknown } | null | undefined;
  return typeof service?.sdl === 'string' ? service.sdl : null;
}

function parseSelection(sdl: string): EntitySelection | null {
  try {
    return entitySelection(sdl);
  } catch {
    // An SDL that does not build leaves the SDL-driven checks to fail with their reason.
    return null;
  }
}
