import type { SubgraphContext } from '@dost/subgraph-kit';
import { parseCaseReference } from './caseReference.ts';
import { refuse } from './desk/refuse.ts';
import type { ServicesLoaders } from './loaders.ts';
import type { Case } from './registry.ts';

/**
 * Query.case: the case a reference names, or null. The rule has admitted citizens and staff
 * with a purpose; an operator is further held to the case's own centre, which no rule can
 * see before the case is read (the Case fields then admit its citizen and staff). A refusal
 * is reported against the case's citizen, so their log and the audit record name it.
 */
export async function caseByReference(
  reference: string,
  context: SubgraphContext<ServicesLoaders>,
): Promise<Case | null> {
  const parsed = parseCaseReference(reference);
  if (parsed === null) return null;
  const found = await context.loaders.case.load(parsed.id);
  if (found?.openedAt.slice(0, 4) !== parsed.year) return null;
  const { identity } = context;
  if (identity.role === 'operator' && identity.centre !== found.centre) {
    refuse(context, 'Query.case', [found.fin], 'Operators read the cases of their own centre.');
  }
  return found;
}
