import type { PensionProfile, PensionType, PensionTypeChangeReason } from './CitizenProfile.ts';
import { rowId } from './rowId.ts';

/**
 * The pension as a case that ran as `fromType` before it became its current type on its
 * assignment day: one type-change row. The amounts and payments are those of the current
 * type (its assignment recomputes the pension); the earlier type's own history is not kept.
 */
export function withTypeChange(args: {
  readonly pension: PensionProfile;
  readonly index: number;
  readonly fromType: PensionType;
  readonly reason: PensionTypeChangeReason;
}): PensionProfile {
  const { pension } = args;
  if (args.fromType === pension.type) throw new RangeError('A type change needs two types');
  return {
    ...pension,
    typeChanges: [
      {
        id: rowId(args.index, 0),
        fromType: args.fromType,
        toType: pension.type,
        changedOn: pension.assignedOn,
        reason: args.reason,
      },
    ],
  };
}
