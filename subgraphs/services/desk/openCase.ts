import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { Case } from '../registry.ts';
import type { CaseChannel } from '../transitions.ts';
import { refuse } from './refuse.ts';
import { runOnce, type KeyedInput } from './runOnce.ts';

export interface OpenCaseInput extends KeyedInput {
  readonly fin: string;
  readonly serviceCode: string;
  readonly visitId?: string | null;
  readonly centre?: string | null;
}

type Context = SubgraphContext<ServicesLoaders>;

/**
 * Opens a case: an operator's at the window, assigned to the operator's own centre, or a
 * citizen's e-application for themself, assigned to the centre they chose. The case and the
 * first step of its history are written together, once per idempotency key.
 */
export async function openCase(input: OpenCaseInput, context: Context): Promise<Case> {
  const { identity, loaders } = context;
  const where = whereOpened(input, context);
  const service = await loaders.service.load(input.serviceCode);
  if (service === null) throw badInput('serviceCode', 'No service of the catalogue has this code.');
  if (where.channel === 'ELECTRONIC' && !service.electronic) {
    throw badInput('serviceCode', 'This service is served at a centre only, not electronically.');
  }
  if ((await loaders.centre.load(where.centre)) === null) {
    throw badInput('centre', 'No DOST centre has this code.');
  }
  const visitId =
    input.visitId === undefined || input.visitId === null ? null : Number(input.visitId);
  const id = await runOnce('openCase', input, context, async (trx) => {
    if (visitId !== null) {
      const visit = Number.isSafeInteger(visitId) ? await trx.visit(visitId) : null;
      if (visit === null || visit.centre !== where.centre) {
        throw badInput('visitId', 'No visit at this centre has this id.');
      }
    }
    const openedAt = new Date().toISOString();
    const caseId = await trx.insertCase({
      fin: input.fin,
      serviceCode: service.code,
      centre: where.centre,
      channel: where.channel,
      status: 'OPENED',
      visitId,
      openedAt,
    });
    await trx.insertStatusChange({
      caseId,
      fin: input.fin,
      status: 'OPENED',
      at: openedAt,
      byRole: identity.role,
      byActor: identity.actor,
    });
    return caseId;
  });
  const opened = await loaders.case.load(id);
  if (opened === null) throw new Error(`case ${id} vanished after it was written`);
  return opened;
}

/** Where and how the case is opened, from who opens it; refuses what they may not open. */
function whereOpened(
  input: OpenCaseInput,
  context: Context,
): { centre: string; channel: CaseChannel } {
  const { identity } = context;
  if (identity.role === 'citizen') {
    if (identity.fin === null || input.fin !== identity.fin) {
      refuse(context, 'Mutation.openCase', [input.fin], 'A citizen opens cases for themself only.');
    }
    if (input.visitId !== undefined && input.visitId !== null) {
      throw badInput('visitId', 'An e-application is not opened at a visit.');
    }
    if (input.centre === undefined || input.centre === null) {
      throw badInput('centre', 'Name the centre the e-application is assigned to.');
    }
    return { centre: input.centre, channel: 'ELECTRONIC' };
  }
  const own = identity.centre;
  if (
    own === null ||
    (input.centre !== undefined && input.centre !== null && input.centre !== own)
  ) {
    refuse(
      context,
      'Mutation.openCase',
      [input.fin],
      'Operators open cases at their own centre only.',
    );
  }
  return { centre: own, channel: 'WINDOW' };
}

function badInput(argument: string, message: string) {
  return ERRORS.BAD_USER_INPUT.err(message, { argument });
}
