import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { pageArgs, toConnection, type ConnectionArgs } from '../kit/graphql/connection.ts';
import { loadConnection } from '../kit/graphql/loadConnection.ts';
import { scalarResolvers } from '../kit/graphql/scalars.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import { DateTimeScalar } from './DateTimeScalar.ts';
import type { AuditLoaders } from './loaders.ts';
import type { AccessLogEntry, AuditLogQuery, AuditLogRecord } from './registry.ts';

type Context = SubgraphContext<AuditLoaders>;

interface AuditLogArgs extends ConnectionArgs {
  filter?: Partial<Record<keyof AuditLogQuery, string | null>> | null;
}

function toQuery(filter: AuditLogArgs['filter']): AuditLogQuery {
  return {
    subjectFin: filter?.subjectFin ?? null,
    actor: filter?.actor ?? null,
    from: filter?.from ?? null,
    to: filter?.to ?? null,
  };
}

export const auditResolvers: GraphQLResolverMap<Context> = {
  ...scalarResolvers,
  DateTime: DateTimeScalar,
  Query: {
    auditLog: async (_: unknown, args: AuditLogArgs, { loaders }: Context) => {
      // Arguments are validated before any statement runs.
      const page = pageArgs(args);
      return toConnection(await loaders.auditLog(toQuery(args.filter), page), page.first);
    },
  },
  Citizen: {
    // The people subgraph owns existence: a reference is answered without a query.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    accessLog: ({ fin }: { fin: string }, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.accessLog, fin, args),
  },
  AccessLogActor: {
    you: (actor: AccessLogEntry['actor'], _: unknown, { identity }: Context) =>
      actor.role === 'CITIZEN' && actor.sub === identity.actor,
  },
  AuditRecord: {
    seq: (record: AuditLogRecord) => String(record.id),
  },
};
