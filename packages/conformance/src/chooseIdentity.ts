import type { Identity } from '@dost/platform/roles.ts';
import { candidateIdentities } from './candidateIdentities.ts';
import { countValues } from './countValues.ts';
import { entitiesCall } from './entitiesCall.ts';
import { dataOf, errorsOf } from './graphqlAnswer.ts';
import type { SubgraphClient } from './SubgraphClient.ts';

/**
 * The identity under which the subgraph reads the most of `selection` for `fins`: each
 * candidate asks once, and the one whose answer carries the most values wins (fewest
 * FORBIDDEN errors on a tie, then the first). Staff reading a registry they are not the
 * officer of, or a registry only the citizen may read, would otherwise leave the batching
 * and disclosure checks with nothing resolved to measure.
 */
export async function chooseIdentity(
  client: SubgraphClient,
  { fins, fin, selection }: { fins: readonly string[]; fin: string; selection: string },
): Promise<{ identity: Identity; reason: string }> {
  let best: { identity: Identity; values: number; refused: number } | null = null;
  for (const identity of candidateIdentities(fin)) {
    const answer = await client.post(entitiesCall(fins, selection), { identity });
    const values = countValues(dataOf(answer));
    const refused = errorsOf(answer).filter((error) => error.code === 'FORBIDDEN').length;
    if (
      best === null ||
      values > best.values ||
      (values === best.values && refused < best.refused)
    ) {
      best = { identity, values, refused };
    }
  }
  if (best === null) throw new Error('no candidate identity');
  return {
    identity: best.identity,
    reason: `reads the most (${best.values} values, ${best.refused} refused) of the candidates`,
  };
}
