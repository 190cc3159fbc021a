import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import type DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import {
  pageArgs,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageArgs,
} from '../kit/graphql/connection.ts';
import { scalarResolvers } from '../kit/graphql/scalars.ts';
import type { PageKey } from '../kit/loaders/createPageLoader.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
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

/**
 * One page of a pension's history; arguments are validated before any statement runs. A bad
 * argument is returned, not thrown: graphql-shield replaces anything thrown under a rule with
 * its FORBIDDEN fallback, while a returned error passes it and graphql-js reports it here.
 */
async function loadPage<T extends { id: number }>(
  loader: DataLoader<PageKey<number>, readonly T[], string>,
  pensionId: number,
  args: ConnectionArgs,
): Promise<Connection<T> | GraphQLError> {
  let page: PageArgs;
  try {
    page = pageArgs(args);
  } catch (error) {
    if (error instanceof GraphQLError) return error;
    throw error;
  }
  return toConnection(await loader.load({ parentId: pensionId, ...page }), page.first);
}

export const pensionsResolvers: GraphQLResolverMap<Context> = {
  ...scalarResolvers,
  Citizen: {
    // The people subgraph owns existence: a reference is answered without a query.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    pension: ({ fin }: { fin: string }, _: unknown, { loaders }: Context) =>
      loadPensionRecord(fin, loaders),
  },
  LabourPension: {
    changes: (pension: LabourPension, args: ConnectionArgs, { loaders }: Context) =>
      loadPage(loaders.changes, pension.id, args),
    payments: (pension: LabourPension, args: ConnectionArgs, { loaders }: Context) =>
      loadPage(loaders.payments, pension.id, args),
  },
};
