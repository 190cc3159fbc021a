import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { Visit } from '../registry.ts';
import { runOnce, type KeyedInput } from './runOnce.ts';

export interface IssueTicketInput extends KeyedInput {
  readonly serviceCode?: string | null;
}

type Context = SubgraphContext<ServicesLoaders>;

/**
 * Issues a queue ticket at the operator's own centre (the rule admits only operators with a
 * centre), numbered within the centre's day and prefixed with the service's direction.
 */
export async function issueTicket(input: IssueTicketInput, context: Context): Promise<Visit> {
  const { identity, loaders } = context;
  const centre = identity.centre ?? '';
  const serviceCode = input.serviceCode ?? null;
  const service = serviceCode === null ? null : await loaders.service.load(serviceCode);
  if (serviceCode !== null && service === null) {
    throw ERRORS.BAD_USER_INPUT.err('No service of the catalogue has this code.', {
      argument: 'serviceCode',
    });
  }
  if ((await loaders.centre.load(centre)) === null) {
    throw ERRORS.BAD_USER_INPUT.err('Your token names no DOST centre this registry knows.');
  }
  const id = await runOnce('issueTicket', input, context, async (trx) => {
    const issuedAt = new Date().toISOString();
    const today = `${issuedAt.slice(0, 10)}T00:00:00.000Z`;
    const number = (await trx.visitsIssuedSince(centre, today)) + 1;
    return trx.insertVisit({
      centre,
      ticket: `${service?.direction ?? 'Q'}-${String(number).padStart(3, '0')}`,
      serviceCode,
      status: 'ISSUED',
      window: null,
      issuedAt,
      calledAt: null,
      servingAt: null,
      closedAt: null,
    });
  });
  const issued = await loaders.visit.load(id);
  if (issued === null) throw new Error(`visit ${id} vanished after it was written`);
  return issued;
}
