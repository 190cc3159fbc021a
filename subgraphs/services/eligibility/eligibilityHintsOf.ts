import { ERRORS } from '@dost/subgraph-kit';
import type { CitizenFacts } from './CitizenFacts.ts';
import type { EligibilityHint } from './EligibilityHint.ts';
import type { EligibilityRule } from './EligibilityRule.ts';
import { evaluateRules } from './evaluateRules.ts';
import { factsOf } from './factsOf.ts';

/**
 * The hints of one citizen on `today` (YYYY-MM-DD): the rules that fire on their facts. The
 * deceased get none. A reference without the facts (a registry the gateway could not read)
 * is REGISTRY_UNAVAILABLE rather than hints from a guess.
 */
export function eligibilityHintsOf(args: {
  citizen: CitizenFacts;
  rules: readonly EligibilityRule[];
  today: string;
}): EligibilityHint[] {
  const { citizen, rules, today } = args;
  const facts = factsOf(citizen, today);
  if (facts === null || citizen.deathDate === undefined) {
    throw ERRORS.REGISTRY_UNAVAILABLE.err('A registry the eligibility rules read did not answer.', {
      registry: 'services',
    });
  }
  if (citizen.deathDate !== null) return [];
  return evaluateRules({ rules, facts }).map(({ rule, facts: read }) => ({
    fin: citizen.fin,
    rule: rule.id,
    description: rule.description,
    serviceCode: rule.service,
    facts: read.map((fact) => ({ fin: citizen.fin, ...fact })),
  }));
}
