import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { Visit } from '../registry.ts';
import { VISIT_MOVES, type VisitStatus } from '../transitions.ts';
import { refuse } from './refuse.ts';
import { runOnce, type KeyedInput } from './runOnce.ts';

export interface AdvanceVisitInput extends KeyedInput {
  readonly visitId: string;
  readonly to: VisitStatus;
  readonly window?: number | null;
}

type Context = SubgraphContext<ServicesLoaders>;

/** The instant column each step sets. */
const STEP_TIME = {
  CALLED: 'calledAt',
  SERVING: 'servingAt',
  CLOSED: 'closedAt',
} as const satisfies Partial<Record<VisitStatus, keyof Visit>>;

/**
 * Moves a visit of the operator's own centre one step on and records when, once per
 * idempotency key; a step the visit cannot make is INVALID_TRANSITION.
 */
export async function advanceVisit(input: AdvanceVisitInput, context: Context): Promise<Visit> {
  const { identity, loaders } = context;
  const visitId = Number(input.visitId);
  if (
    input.to === 'CALLED' &&
    (input.window === undefined || input.window === null || input.window < 1)
  ) {
    throw ERRORS.BAD_USER_INPUT.err('Name the window (1 or more) the ticket is called to.', {
      argument: 'window',
    });
  }
  const id = await runOnce('advanceVisit', input, context, async (trx) => {
    const visit = Number.isSafeInteger(visitId) ? await trx.visit(visitId) : null;
    if (visit === null) {
      throw ERRORS.BAD_USER_INPUT.err('No visit has this id.', { argument: 'visitId' });
    }
    if (visit.centre !== identity.centre) {
      refuse(
        context,
        'Mutation.advanceVisit',
        [],
        'Operators move their own centre’s visits only.',
      );
    }
    const moved =
      input.to !== 'ISSUED' &&
      VISIT_MOVES[visit.status].includes(input.to) &&
      (await trx.updateVisit(visit.id, visit.status, {
        status: input.to,
        [STEP_TIME[input.to]]: new Date().toISOString(),
        ...(input.to === 'CALLED' ? { window: input.window ?? null } : {}),
      }));
    if (!moved) {
      throw ERRORS.INVALID_TRANSITION.err(`A visit ${visit.status} cannot move to ${input.to}.`, {
        from: visit.status,
        to: input.to,
        allowed: VISIT_MOVES[visit.status],
      });
    }
    return visit.id;
  });
  loaders.visit.clear(id);
  const advanced = await loaders.visit.load(id);
  if (advanced === null) throw new Error(`visit ${id} vanished after it was written`);
  return advanced;
}
