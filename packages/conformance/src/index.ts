export { runConformance, CHECKS } from './runConformance.ts';
export { prepareContext } from './prepareContext.ts';
export { createSubgraphClient } from './createSubgraphClient.ts';
export { formatConformanceReport } from './formatConformanceReport.ts';
export { loadClientTls } from './loadClientTls.ts';
export { loadFins, MANY_KEYS } from './loadFins.ts';
export { loadSigningKey } from './loadSigningKey.ts';
export { resolveAudience } from './resolveAudience.ts';
export { BATCH_SLACK } from './checkEntityBatching.ts';
export { SQL_STATEMENTS_METRIC } from './readSqlCounter.ts';

export type { CheckResult, CheckStatus, ConformanceReport } from './ConformanceReport.ts';
export type { ConformanceContext } from './ConformanceContext.ts';
export type { PrepareOptions } from './prepareContext.ts';
export type { SubgraphClient } from './SubgraphClient.ts';
export type { SubgraphClientOptions } from './createSubgraphClient.ts';
