import type { SubgraphContext } from '@dost/subgraph-kit';
import type { ServicesLoaders } from '../loaders.ts';
import type { CitizenFacts } from './CitizenFacts.ts';
import type { EligibilityHint } from './EligibilityHint.ts';
import { eligibilityHintsOf } from './eligibilityHintsOf.ts';
import { ELIGIBILITY_RULES } from './rules.ts';

type Context = SubgraphContext<ServicesLoaders>;

/** Today in UTC, as the registries' dates are written. */
const today = () => new Date().toISOString().slice(0, 10);

/** `Citizen.eligibilityHints` (its facts arrive with the reference) and the hint's service. */
export const eligibilityResolvers = {
  citizenHints: (citizen: CitizenFacts): EligibilityHint[] =>
    eligibilityHintsOf({ citizen, rules: ELIGIBILITY_RULES, today: today() }),
  EligibilityHint: {
    service: (hint: EligibilityHint, _: unknown, { loaders }: Context) =>
      loaders.service.load(hint.serviceCode),
  },
};
