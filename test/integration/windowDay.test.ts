import { createDostClient, type DostClient, type DostResult } from '@dost/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdvanceCaseDocument,
  AdvanceVisitDocument,
  CentreStatsDocument,
  CitizenSummaryDocument,
  IssueTicketDocument,
  MyAccessLogDocument,
  MyCasesDocument,
  OpenCaseDocument,
  type CentreStatsQuery,
} from '../../clients/generated/graphql.ts';
import { caseOf, startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

/**
 * Issue 12's "Done when", end to end and as a front-end would do it: the typed client, sending
 * trusted document ids only (no role may send text here), against a real gateway and real
 * subgraphs. An operator at baku-1 serves 3HRT9WX at the window; afterwards the citizen sees
 * the case and the read in their own log, and baku-1's manager sees the day's KPIs move.
 */
const FIN = '3HRT9WX';

let keys = 0;
const key = () => `window-day-${String(process.pid)}-${String(++keys)}`;

/** The data of a result that must have succeeded, with the refusal in the message if not. */
function dataOf<T>(result: DostResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  expect(result.errors).toEqual([]);
  return result.data;
}

type Stats = CentreStatsQuery['centreStats'];
const submitted = (stats: Stats) =>
  stats.casesByStatus.find((entry) => entry.status === 'SUBMITTED')?.count ?? 0;
const employment = (stats: Stats) =>
  stats.casesByDirection.find((entry) => entry.direction.code === 'EMP')?.count ?? 0;

describe('a day at the window, through the typed client', () => {
  let system: RunningSystem;
  let client: (token: string, purpose?: string) => DostClient;
  let operator: string;
  let manager: string;
  let citizen: string;

  beforeAll(async () => {
    system = await startSystem(
      { name: 'sqlite', url: undefined },
      { citizens: 40, gateway: { documents: { manifest: TRUSTED_MANIFEST, freeformRoles: [] } } },
    );
    client = (token, purpose) =>
      createDostClient({
        url: system.gatewayUrl,
        token: () => token,
        purpose: () => purpose ?? null,
      });
    operator = await system.token({ sub: 'op-window-4', role: 'operator', centre: 'baku-1' });
    manager = await system.token({ sub: 'cm-baku-1', role: 'centre_manager', centre: 'baku-1' });
    citizen = await system.token({ sub: `citizen-${FIN}`, role: 'citizen', fin: FIN });
  }, 120_000);
  afterAll(() => system.close());

  it('serves 3HRT9WX, and the citizen and the centre manager each see it', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const kpis = async (): Promise<Stats> =>
      dataOf(
        await client(manager).execute(CentreStatsDocument, {
          centre: 'baku-1',
          period: { from: today, to: today },
        }),
      ).centreStats;
    const before = await kpis();

    // The desk's steps cite the case the citizen came about (seeded, open at baku-1); the read
    // of the one-window view cites the case opened at this visit.
    const desk = client(operator, caseOf(FIN));
    const ticket = dataOf(
      await desk.execute(IssueTicketDocument, {
        input: { idempotencyKey: key(), serviceCode: 'EMP-05' },
      }),
    ).issueTicket;
    expect(ticket).toMatchObject({ status: 'ISSUED' });
    const step = async (to: 'CALLED' | 'SERVING' | 'CLOSED') =>
      dataOf(
        await desk.execute(AdvanceVisitDocument, {
          input: {
            idempotencyKey: key(),
            visitId: ticket.id,
            to,
            window: to === 'CALLED' ? 4 : null,
          },
        }),
      ).advanceVisit.status;
    expect(await step('CALLED')).toBe('CALLED');
    expect(await step('SERVING')).toBe('SERVING');
    const opened = dataOf(
      await desk.execute(OpenCaseDocument, {
        input: { idempotencyKey: key(), fin: FIN, serviceCode: 'EMP-05', visitId: ticket.id },
      }),
    ).openCase;
    expect(opened).toMatchObject({ fin: FIN, status: 'OPENED', centre: { code: 'baku-1' } });

    const view = dataOf(
      await client(operator, `SERVICE_APPLICATION:${opened.reference}`).execute(
        CitizenSummaryDocument,
        { fin: FIN },
      ),
    );
    expect(view.citizen?.fin).toBe(FIN);

    const advanced = dataOf(
      await desk.execute(AdvanceCaseDocument, {
        input: { idempotencyKey: key(), reference: opened.reference, to: 'SUBMITTED' },
      }),
    ).advanceCase;
    expect(advanced.history.map((change) => change.status)).toEqual(['OPENED', 'SUBMITTED']);
    expect(await step('CLOSED')).toBe('CLOSED');

    // The citizen: the case with its history, and the read that cited it, in their own log.
    const mine = client(citizen);
    const cases = dataOf(await mine.execute(MyCasesDocument, {})).me?.cases ?? [];
    expect(cases).toContainEqual(
      expect.objectContaining({ reference: opened.reference, status: 'SUBMITTED' }),
    );
    const log = dataOf(await mine.execute(MyAccessLogDocument, { first: 20 })).me?.accessLog;
    const entries = log?.edges.map((edge) => edge.node) ?? [];
    expect(entries).toContainEqual(
      expect.objectContaining({
        purpose: `SERVICE_APPLICATION:${opened.reference}`,
        outcome: 'DISCLOSED',
        actor: expect.objectContaining({ role: 'OPERATOR', centre: 'baku-1' }) as unknown,
      }),
    );

    // The centre manager: one more visit, served, and one more employment case, submitted.
    const after = await kpis();
    expect(after.visits).toBe(before.visits + 1);
    expect(after.servedVisits).toBe(before.servedVisits + 1);
    expect(after.averageServiceTimeSeconds).not.toBeNull();
    expect(submitted(after)).toBe(submitted(before) + 1);
    expect(employment(after)).toBe(employment(before) + 1);
  });
});
