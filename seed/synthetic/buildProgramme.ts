import { addDays, addMonths, minDate } from './calendar.ts';
import type { MonitoringVisitProfile, ProgrammeKind, ProgrammeProfile } from './CitizenProfile.ts';
import { PROGRAMMES } from './programmeCatalogue.ts';
import { rowId } from './rowId.ts';

/**
 * A programme participation: planned for `months` from `startedOn`, `endsOn` being its last
 * day (so a public-works placement and its fixed-term contract share both dates); DROPPED,
 * ending the day before the interruption, if deregistration, suspension or death comes
 * first; COMPLETED once its last day has passed, otherwise ACTIVE. So a deceased person never
 * has an ACTIVE programme.
 */
export function buildProgramme(args: {
  index: number;
  slot: number;
  kind: ProgrammeKind;
  detail: string;
  startedOn: string;
  months: number;
  interruptedOn: string | null;
  referenceDate: string;
  /** Self-employment only: the monitored contract's visits, before they are cut to the dates. */
  monitoringVisits?: readonly MonitoringVisitProfile[];
}): ProgrammeProfile {
  const plannedLastDay = addDays(addMonths(args.startedOn, args.months), -1);
  const dropped = args.interruptedOn !== null && args.interruptedOn <= plannedLastDay;
  const endsOn =
    dropped && args.interruptedOn !== null
      ? minDate(addDays(args.interruptedOn, -1), plannedLastDay)
      : plannedLastDay;
  let status: ProgrammeProfile['status'] = 'ACTIVE';
  if (dropped) status = 'DROPPED';
  else if (plannedLastDay < args.referenceDate) status = 'COMPLETED';
  const programme: ProgrammeProfile = {
    id: rowId(args.index, args.slot),
    kind: args.kind,
    name: PROGRAMMES[args.kind].name,
    startedOn: args.startedOn,
    endsOn,
    status,
    detail: args.detail,
  };
  if (args.monitoringVisits === undefined) return programme;
  // A visit happens only while the contract runs and before the reference date.
  const visits = args.monitoringVisits.filter(
    (v) => v.visitedOn <= endsOn && v.visitedOn < args.referenceDate,
  );
  return { ...programme, monitoringVisits: visits };
}
