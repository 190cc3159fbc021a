import { addMonths, minDate } from './calendar.ts';
import type { ProgrammeKind, ProgrammeProfile } from './CitizenProfile.ts';
import { PROGRAMMES } from './programmeCatalogue.ts';
import { rowId } from './rowId.ts';

/**
 * A programme participation: planned for `months` from `startedOn`; DROPPED (ending on the
 * interruption) if deregistration, suspension or death comes first, COMPLETED once its end
 * has passed, otherwise ACTIVE. So a deceased person never has an ACTIVE programme.
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
}): ProgrammeProfile {
  const plannedEnd = addMonths(args.startedOn, args.months);
  const dropped = args.interruptedOn !== null && args.interruptedOn < plannedEnd;
  const endsOn =
    dropped && args.interruptedOn !== null ? minDate(args.interruptedOn, plannedEnd) : plannedEnd;
  let status: ProgrammeProfile['status'] = 'ACTIVE';
  if (dropped) status = 'DROPPED';
  else if (plannedEnd <= args.referenceDate) status = 'COMPLETED';
  return {
    id: rowId(args.index, args.slot),
    kind: args.kind,
    name: PROGRAMMES[args.kind].name,
    startedOn: args.startedOn,
    endsOn,
    status,
    detail: args.detail,
  };
}
