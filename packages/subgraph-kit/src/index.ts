// The public API of @dost/subgraph-kit: everything an agency's subgraph imports, and nothing
// it must not rely on. Files of the kit import each other directly, never this index.

// Declaring and running a registry subgraph
export { defineRegistrySubgraph } from './defineRegistrySubgraph.ts';
export { readSchemaFile } from './readSchemaFile.ts';
export { runRegistrySubgraph } from './runRegistrySubgraph.ts';
export { startRegistrySubgraph } from './startRegistrySubgraph.ts';
export { openRegistry } from './openRegistry.ts';
export { createSubgraphServer } from './createSubgraphServer.ts';
export { createHealthHandler } from './health/createHealthHandler.ts';
export { createSubgraphMetrics } from './metrics/createSubgraphMetrics.ts';
export { SQL_STATEMENTS_METRIC } from './metrics/countSqlStatements.ts';

// The gateway's signed identity
export { createGatewayAuthenticator } from './identity/createGatewayAuthenticator.ts';
export { createReplayGuard } from './identity/createReplayGuard.ts';
export { loadInternalCallKey } from './identity/loadInternalCallKey.ts';

// Deny-by-default rules
export { allow, deny } from 'graphql-shield';
export { allOf, anyOf, defineCheck } from './shield/Check.ts';
export {
  officerWithPurpose,
  ownFinArgument,
  ownRecord,
  partnerScope,
  roleIs,
  STAFF_ROLES,
  staffWithPurpose,
  statedPurpose,
} from './shield/checks.ts';
export { ruleOf } from './shield/ruleOf.ts';
export { fullRead, summaryRead } from './shield/readRules.ts';
export {
  hasPurpose,
  hasRole,
  hasScope,
  isOfficerWithPurpose,
  isOwnFinArgument,
  isOwnRecord,
  isStaffWithPurpose,
} from './shield/rules.ts';
export { createPermissions } from './shield/createPermissions.ts';

// Disclosure reporting
export { DisclosureLog } from './disclosure/DisclosureLog.ts';
export { reportDisclosure } from './disclosure/reportDisclosure.ts';
export { trackDisclosure } from './disclosure/trackDisclosure.ts';

// Per-request loaders and paging
export { createGroupLoader, createKeyLoader, MAX_BATCH_SIZE } from './loaders/createKeyLoader.ts';
export { createPageLoader } from './loaders/createPageLoader.ts';
export { createPageReader } from './db/createPageReader.ts';
export { selectPages } from './db/selectPages.ts';
export { selectCompiled } from './db/selectCompiled.ts';
export {
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageArgs,
  toConnection,
} from './graphql/connection.ts';
export { loadConnection } from './graphql/loadConnection.ts';
export { resolveConnection } from './graphql/resolveConnection.ts';

// Legacy data
export { createCodeBook } from './db/createCodeBook.ts';

// Scalars, money and errors
export {
  DateScalar,
  DateTimeScalar,
  FinScalar,
  MoneyScalar,
  scalarResolvers,
} from './graphql/scalars.ts';
export { formatMoney, parseMoney } from './graphql/money.ts';
export { formatHundredths } from './graphql/formatHundredths.ts';
export { ERRORS, isKnownErrorCode } from '@dost/platform/errors.ts';
export { isFin } from '@dost/platform/fin.ts';
export { isIsoDate, isIsoInstant } from '@dost/platform/isoTime.ts';
export { isRole, ROLES } from '@dost/platform/roles.ts';

// Logging
export { createLogger } from '@dost/platform/createLogger.ts';

// Types
export type { Knex } from 'knex';
export type {
  RegistrySubgraph,
  RegistrySubgraphDefinition,
  RunnableSubgraph,
} from './RegistrySubgraph.ts';
export type { RegistrySubgraphOptions } from './RegistrySubgraphOptions.ts';
export type { RuleTree } from './RuleTree.ts';
export type { SubgraphContext } from './SubgraphContext.ts';
export type { SubgraphResolvers } from './SubgraphResolvers.ts';
export type { StartSubgraphOptions } from './startRegistrySubgraph.ts';
export type { OpenRegistryOptions } from './openRegistry.ts';
export type { SubgraphServer, SubgraphServerOptions } from './createSubgraphServer.ts';
export type { HealthOptions } from './health/createHealthHandler.ts';
export type { SubgraphMetrics } from './metrics/createSubgraphMetrics.ts';
export type { Authenticator, GatewayCall } from './identity/createGatewayAuthenticator.ts';
export type { ReplayGuard } from './identity/createReplayGuard.ts';
export type { Check } from './shield/Check.ts';
export type { PageKey, PageLoader } from './loaders/createPageLoader.ts';
export type { PageReader, PageTable } from './db/createPageReader.ts';
export type { PageQuery } from './db/selectPages.ts';
export type { Binding } from './db/selectCompiled.ts';
export type { Connection, ConnectionArgs, PageArgs } from './graphql/connection.ts';
export type { CodeBook } from './db/createCodeBook.ts';
export type { ErrorCode, ErrorDefinition } from '@dost/platform/errors.ts';
export type { Identity, Role } from '@dost/platform/roles.ts';
export type { Logger } from '@dost/platform/createLogger.ts';
export type { RegistryMigration } from '@dost/platform/migrateRegistry.ts';
export type { Listening } from '@dost/platform/listen.ts';
