import type { SubgraphContext, SubgraphResolvers } from '@dost/subgraph-kit';
import { caseByReference } from './caseByReference.ts';
import { caseReference } from './caseReference.ts';
import { consentResolvers } from './consent/consentResolvers.ts';
import { advanceCase, type AdvanceCaseInput } from './desk/advanceCase.ts';
import { advanceVisit, type AdvanceVisitInput } from './desk/advanceVisit.ts';
import { issueTicket, type IssueTicketInput } from './desk/issueTicket.ts';
import { openCase, type OpenCaseInput } from './desk/openCase.ts';
import type { CitizenFacts } from './eligibility/CitizenFacts.ts';
import { eligibilityResolvers } from './eligibility/eligibilityResolvers.ts';
import type { ServicesLoaders } from './loaders.ts';
import type { Case, Service, ServiceDirection, Visit } from './registry.ts';
import { centreStats, type CentreStats } from './stats/centreStats.ts';
import type { StatsPeriodInput } from './stats/statsPeriod.ts';

type Context = SubgraphContext<ServicesLoaders>;

export const servicesResolvers: SubgraphResolvers<ServicesLoaders> = {
  Query: {
    serviceDirections: (_: unknown, __: unknown, { loaders }: Context) =>
      loaders.registry.directions(),
    services: (_: unknown, { direction }: { direction?: string | null }, { loaders }: Context) =>
      loaders.registry.services(direction ?? null),
    service: (_: unknown, { code }: { code: string }, { loaders }: Context) =>
      loaders.service.load(code),
    centres: (_: unknown, __: unknown, { loaders }: Context) => loaders.registry.centres(),
    case: (_: unknown, { reference }: { reference: string }, context: Context) =>
      caseByReference(reference, context),
    visit: (_: unknown, { id }: { id: string }, { loaders }: Context) => {
      const visitId = Number(id);
      return Number.isSafeInteger(visitId) ? loaders.visit.load(visitId) : null;
    },
    ...consentResolvers.Query,
    centreStats: (
      _: unknown,
      args: { centre: string; period: StatsPeriodInput },
      context: Context,
    ) => centreStats(args, context),
  },
  Mutation: {
    issueTicket: (_: unknown, { input }: { input: IssueTicketInput }, context: Context) =>
      issueTicket(input, context),
    advanceVisit: (_: unknown, { input }: { input: AdvanceVisitInput }, context: Context) =>
      advanceVisit(input, context),
    openCase: (_: unknown, { input }: { input: OpenCaseInput }, context: Context) =>
      openCase(input, context),
    advanceCase: (_: unknown, { input }: { input: AdvanceCaseInput }, context: Context) =>
      advanceCase(input, context),
    ...consentResolvers.Mutation,
  },
  ServiceDirection: {
    services: (direction: ServiceDirection, _: unknown, { loaders }: Context) =>
      loaders.servicesOfDirection.load(direction.code),
  },
  Service: {
    direction: (service: Service, _: unknown, { loaders }: Context) =>
      loaders.direction.load(service.direction),
  },
  Visit: {
    id: (visit: Visit) => String(visit.id),
    centre: (visit: Visit, _: unknown, { loaders }: Context) => loaders.centre.load(visit.centre),
    service: (visit: Visit, _: unknown, { loaders }: Context) =>
      visit.serviceCode === null ? null : loaders.service.load(visit.serviceCode),
  },
  CentreStats: {
    centre: (stats: CentreStats, _: unknown, { loaders }: Context) =>
      loaders.centre.load(stats.centre),
  },
  Case: {
    reference: (found: Case) => caseReference(found),
    service: (found: Case, _: unknown, { loaders }: Context) =>
      loaders.service.load(found.serviceCode),
    centre: (found: Case, _: unknown, { loaders }: Context) => loaders.centre.load(found.centre),
    history: (found: Case, _: unknown, { loaders }: Context) => loaders.history.load(found.id),
  },
  Citizen: {
    // The people subgraph owns existence: a reference is answered without a query. It is
    // kept whole: for eligibilityHints it carries the other registries' fields (@requires).
    __resolveReference: (reference: CitizenFacts) => reference,
    cases: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loaders.casesOfCitizen.load(fin),
    eligibilityHints: eligibilityResolvers.citizenHints,
    ...consentResolvers.Citizen,
  },
  EligibilityHint: eligibilityResolvers.EligibilityHint,
  Consent: consentResolvers.Consent,
};
