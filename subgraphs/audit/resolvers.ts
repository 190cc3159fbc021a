import {
  loadConnection,
  resolveConnection,
  type ConnectionArgs,
  type SubgraphContext,
  type SubgraphResolvers,
} from '@dost/subgraph-kit';
import { readConsentMark } from '@dost/audit-store/consentMark.ts';
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

export const auditResolvers: SubgraphResolvers<AuditLoaders> = {
  Query: {
    auditLog: (_: unknown, args: AuditLogArgs, { loaders }: Context) =>
      resolveConnection(args, (page) => loaders.auditLog(toQuery(args.filter), page)),
  },
  Citizen: {
    // The people subgraph owns existence: a reference is answered without a query.
    __resolveReference: ({ fin }: { fin: string }) => ({ fin }),
    accessLog: ({ fin }: { fin: string }, args: ConnectionArgs, { loaders }: Context) =>
      loadConnection(loaders.accessLog, fin, args),
  },
  AccessLogEntry: {
    // The citizen sees the purpose as stated and the consent they were read under; never the
    // consents of the other citizens one read named.
    purpose: (entry: AccessLogEntry) => readConsentMark(entry.purpose).purpose,
    consent: (entry: AccessLogEntry) =>
      readConsentMark(entry.purpose).consents.get(entry.fin) ?? null,
  },
  AccessLogActor: {
    you: (actor: AccessLogEntry['actor'], _: unknown, { identity }: Context) =>
      actor.role === 'CITIZEN' && actor.sub === identity.actor,
  },
  AuditRecord: {
    seq: (record: AuditLogRecord) => String(record.id),
  },
};
