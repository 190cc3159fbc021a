import {
  type ConnectionArgs,
  loadConnection,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@dost/subgraph-kit';
import type { PensionsLoaders } from './loaders.ts';
import type { LabourPension, SocialAllowance } from './registry.ts';

type Context = SubgraphContext<PensionsLoaders>;

/** `Citizen.pension`: the citizen's file, carrying `fin` so ownership rules can check it. */
interface PensionRecord {
  readonly fin: string;
  readonly labourPension: LabourPension | null;
  readonly allowances: readonly SocialAllowance[];
}

/** Null when the registry holds neither a labour pension nor an allowance for the citizen. */
async function loadPensionRecord(
  fin: string,
  loaders: PensionsLoaders,
): Promise<PensionRecord | null> {
  const [labourPension, allowances] = await Promise.all([
    loaders.labourPension.load(fin),
    loaders.allowances.load(fin),
  ]);
  return labourPension === null && allowances.length === 0
    ? null
    : { fin, labourPension, allowances };
}

export const pensionsResolvers: SubgraphResolvers<PensionsLoaders> = {
  Citizen: {
    // The people subgraph owns existence: a reference is answered without a query.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    pension: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loadPensionRecord(fin, loaders),
  },
  LabourPension: {
    changes: (pension: LabourPension, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.changes, pension.id, args),
    payments: (pension: LabourPension, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.payments, pension.id, args),
    typeChanges: (pension: LabourPension, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.typeChanges, pension.id, args),
    // The legacy code, told as the question the front-end asks; null where none was recorded.
    assignedProactively: (pension: LabourPension) =>
      pension.assignmentMethod === null ? null : pension.assignmentMethod === 'PROACTIVE',
  },
  SocialAllowance: {
    payments: (allowance: SocialAllowance, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.allowancePayments, allowance.id, args),
  },
};
