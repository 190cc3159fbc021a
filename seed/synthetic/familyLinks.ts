import type { FamilyLinkProfile } from './CitizenProfile.ts';
import type { HouseholdPlan } from './HouseholdPlan.ts';

/**
 * Family links of the member in `slot`, as the population registry states them: the
 * relation says what the other person is to this one (PARENT → "my parent"). Links to
 * indices at or beyond `count` are dropped, since those people are not in the population.
 */
export function familyLinksOf(args: {
  plan: HouseholdPlan;
  slot: number;
  fins: readonly string[];
  count: number;
}): FamilyLinkProfile[] {
  const { plan, slot } = args;
  const links: FamilyLinkProfile[] = [];
  for (const [a, b] of plan.spouses) {
    if (a === slot) pushLink(args, links, 'SPOUSE', b);
    if (b === slot) pushLink(args, links, 'SPOUSE', a);
  }
  for (const { parent, child } of plan.parentChild) {
    if (child === slot) pushLink(args, links, 'PARENT', parent);
    if (parent === slot) pushLink(args, links, 'CHILD', child);
  }
  return links;
}

function pushLink(
  args: { plan: HouseholdPlan; fins: readonly string[]; count: number },
  links: FamilyLinkProfile[],
  relation: FamilyLinkProfile['relation'],
  other: number,
): void {
  const member = args.plan.members[other];
  const fin = args.fins[other];
  if (member !== undefined && fin !== undefined && member.index < args.count) {
    links.push({ relation, fin });
  }
}
