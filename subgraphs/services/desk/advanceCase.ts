import { ERRORS, type Identity, type SubgraphContext } from '@dost/subgraph-kit';
import { parseCaseReference } from '../caseReference.ts';
import type { ServicesLoaders } from '../loaders.ts';
import type { Case } from '../registry.ts';
import { CASE_MOVES, type CaseStatus } from '../transitions.ts';
import { refuse } from './refuse.ts';
import { runOnce, type KeyedInput } from './runOnce.ts';

export interface AdvanceCaseInput extends KeyedInput {
  readonly reference: string;
  readonly to: CaseStatus;
}

type Context = SubgraphContext<ServicesLoaders>;

/** The moves a citizen may make on their own e-application: withdrawing it. */
const CITIZEN_MOVES: readonly CaseStatus[] = ['CLOSED'];

/**
 * Moves a case on by one step of CASE_MOVES and records the step, once per idempotency key.
 * Operators act on their own centre's cases; a citizen may withdraw their own e-application.
 * The move is made only if the case is still where it was read, so two concurrent moves
 * cannot both succeed from the same status.
 */
export async function advanceCase(input: AdvanceCaseInput, context: Context): Promise<Case> {
  const { identity, loaders } = context;
  const parsed = parseCaseReference(input.reference);
  const id = await runOnce('advanceCase', input, context, async (trx) => {
    const found = parsed === null ? null : await trx.caseById(parsed.id);
    if (found === null || parsed === null || found.openedAt.slice(0, 4) !== parsed.year) {
      throw ERRORS.BAD_USER_INPUT.err('No case has this reference.', { argument: 'reference' });
    }
    if (!mayAct(identity, found, input.to)) {
      refuse(context, 'Mutation.advanceCase', [found.fin], 'You may not move this case.');
    }
    const moved =
      CASE_MOVES[found.status].includes(input.to) &&
      (await trx.updateCaseStatus(found.id, found.status, input.to));
    if (!moved) {
      throw ERRORS.INVALID_TRANSITION.err(`A case in ${found.status} cannot move to ${input.to}.`, {
        from: found.status,
        to: input.to,
        allowed: CASE_MOVES[found.status],
      });
    }
    await trx.insertStatusChange({
      caseId: found.id,
      fin: found.fin,
      status: input.to,
      at: new Date().toISOString(),
      byRole: identity.role,
      byActor: identity.actor,
    });
    return found.id;
  });
  loaders.case.clear(id);
  loaders.history.clear(id);
  const advanced = await loaders.case.load(id);
  if (advanced === null) throw new Error(`case ${id} vanished after it was written`);
  return advanced;
}

function mayAct(identity: Identity, found: Case, to: CaseStatus): boolean {
  if (identity.role === 'operator') return identity.centre === found.centre;
  return (
    identity.role === 'citizen' &&
    identity.fin === found.fin &&
    found.channel === 'ELECTRONIC' &&
    CITIZEN_MOVES.includes(to)
  );
}
