/*
 * Scopes: none. The access log is personal data about staff and citizens alike; no partner
 * agreement names it.
 */
import { hasRole, isOwnRecord, type RuleTree } from '@dost/subgraph-kit';

// Each rule is built once: graphql-shield refuses two rule instances of one name.
const isCitizen = hasRole('citizen');
const isAuditor = hasRole('auditor');

/**
 * A citizen reads their own access log; auditors read the whole log; nobody else reads
 * anything (staff never see who else looked at a citizen). Anything unnamed is denied.
 */
export const auditRules = {
  Query: {
    auditLog: isAuditor,
  },
  Citizen: { fin: isOwnRecord, accessLog: isOwnRecord },
  // Reached only through Citizen.accessLog; entries and actors carry `fin`, checked again.
  // Stricter than the kit's page-wrapper rules, which these override.
  AccessLogConnection: isCitizen,
  AccessLogEdge: isCitizen,
  AccessLogPageInfo: isCitizen,
  AccessLogEntry: isOwnRecord,
  AccessLogActor: isOwnRecord,
  AuditRecordConnection: isAuditor,
  AuditRecordEdge: isAuditor,
  AuditRecordPageInfo: isAuditor,
  AuditRecord: isAuditor,
  AuditRecordActor: isAuditor,
} satisfies RuleTree;
