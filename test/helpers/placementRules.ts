import type { CitizenProfile } from '../../seed/synthetic/CitizenProfile.ts';

/** What the placement rules saw over a population, and every breach, named by FIN. */
export interface PlacementTally {
  placements: number;
  /** Benefits whose paid period meets a placement: where "no benefit during it" is tested. */
  benefitsMeetingPlacement: number;
  breaches: string[];
}

export function createPlacementTally(): PlacementTally {
  return { placements: 0, benefitsMeetingPlacement: 0, breaches: [] };
}

/** Month number of an ISO date, for comparing whole months. */
function month(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
}

/**
 * Checks, independently of the generator: every "İşsizin dostu" placement has exactly one
 * labour contract naming it, with the placement's own first and last day; no contract names
 * anything else; and no benefit is paid for a month the contract runs in.
 */
export function tallyPlacements(p: CitizenProfile, tally: PlacementTally): void {
  const u = p.unemployment;
  if (u === null) return;
  const placements = u.programmes.filter((x) => x.kind === 'PUBLIC_WORKS');
  const linked = u.contracts.filter((c) => c.programmeId !== undefined);
  for (const c of linked) {
    if (!placements.some((x) => x.id === c.programmeId)) {
      tally.breaches.push(`${p.fin}: contract ${c.id} names no placement`);
    }
  }
  for (const x of placements) {
    tally.placements++;
    const contracts = linked.filter((c) => c.programmeId === x.id);
    const contract = contracts[0];
    if (contracts.length !== 1 || contract === undefined) {
      tally.breaches.push(`${p.fin}: placement ${x.id} has ${contracts.length} contracts`);
      continue;
    }
    if (contract.startedOn !== x.startedOn || contract.endedOn !== x.endsOn) {
      tally.breaches.push(
        `${p.fin}: contract ${contract.startedOn}..${contract.endedOn} ≠ placement`,
      );
    }
    const benefit = u.benefit;
    if (benefit === null || contract.endedOn === null) continue;
    const from = month(contract.startedOn);
    const to = month(contract.endedOn);
    if (month(benefit.startsOn) <= to && month(benefit.endsOn) >= from) {
      tally.benefitsMeetingPlacement++;
    }
    for (const pay of benefit.payments) {
      if (month(pay.period) >= from && month(pay.period) <= to) {
        tally.breaches.push(`${p.fin}: benefit paid for ${pay.period} under a placement`);
      }
    }
  }
}
