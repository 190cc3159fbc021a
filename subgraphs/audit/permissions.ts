/*
 * Scopes: none. The access log is personal data about staff and citizens alike; no partner
 * agreement names it.
 */
import { allow, type IRules } from 'graphql-shield';
import { createPermissions } from '../kit/shield/createPermissions.ts';
import { hasRole, isOwnRecord } from '../kit/shield/rules.ts';
import type { SubgraphContext } from '../kit/SubgraphContext.ts';
import type { AuditLoaders } from './loaders.ts';

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
    // Federation plumbing: the gateway's signature was verified; entity fields carry rules.
    _entities: allow,
    _service: allow,
  },
  _Service: allow,
  Citizen: { fin: isOwnRecord, accessLog: isOwnRecord },
  // Reached only through Citizen.accessLog; entries and actors carry `fin`, checked again.
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
} satisfies IRules;

export const auditPermissions = createPermissions<SubgraphContext<AuditLoaders>>(auditRules);
