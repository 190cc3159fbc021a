import {
  type ConnectionArgs,
  formatHundredths,
  loadConnection,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@dost/subgraph-kit';
import type { UnemploymentLoaders } from './loaders.ts';
import type { Benefit, LabourContract, Programme, Registration } from './registry.ts';

type Context = SubgraphContext<UnemploymentLoaders>;

export const unemploymentResolvers: SubgraphResolvers<UnemploymentLoaders> = {
  Citizen: {
    // The people subgraph owns existence; this registry only answers for the FIN it is given.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    unemployment: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loaders.registration.load(fin),
  },
  UnemploymentRecord: {
    registrationId: (r: Registration) => String(r.registrationId),
    statusHistory: (r: Registration, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.statusHistory, r.registrationId, args),
    contracts: (r: Registration, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.contracts, r.fin, args),
    offers: (r: Registration, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.offers, r.registrationId, args),
    refusedOffers: async (r: Registration, _: unknown, { loaders }: Context) =>
      (await loaders.refusals.load(r.registrationId))?.count ?? 0,
    benefit: (r: Registration, _: unknown, { loaders }: Context) =>
      loaders.benefit.load(r.registrationId),
    programmes: (r: Registration, _: unknown, { loaders }: Context) =>
      loaders.programmes.load(r.registrationId),
  },
  InsuranceBenefit: {
    decisionId: (b: Benefit) => String(b.decisionId),
    // Basis points as a percent with two decimals: 5500 → "55.00".
    rate: (b: Benefit) => formatHundredths(b.rateBp),
    payments: (b: Benefit, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.benefitPayments, b.decisionId, args),
  },
  ProgrammeParticipation: {
    contract: (p: Programme, _: unknown, { loaders }: Context) =>
      p.kind === 'PUBLIC_WORKS' ? loaders.programmeContract.load(p.id) : null,
    monitoringVisits: (p: Programme, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.monitoringVisits, p.id, args),
  },
  LabourContract: {
    publicWorks: (c: LabourContract) => c.programmeId !== null,
  },
};
