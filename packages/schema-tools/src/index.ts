export { checkSubgraph } from './checkSubgraph.ts';
export { checkAgainstPublished } from './checkAgainstPublished.ts';
export { checkCandidateConformance } from './checkCandidateConformance.ts';
export { assembleReport } from './assembleReport.ts';
export { composeSubgraphs } from './composeSubgraphs.ts';
export { composeWithCandidate } from './composeWithCandidate.ts';
export { diffSchemas } from './diffSchemas.ts';
export { diffSubgraphSdl } from './diffSubgraphSdl.ts';
export { findBrokenOperations } from './findBrokenOperations.ts';
export { checkConformance } from './checkConformance.ts';
export { checkRuleCoverage } from './checkRuleCoverage.ts';
export { checkSharedScalars, CANONICAL_SCALAR_SOURCES } from './checkSharedScalars.ts';
export { checkAccessMatrix } from './checkAccessMatrix.ts';
export { formatReport } from './formatReport.ts';
export { isPlainMap } from './RuleTree.ts';
export { loadPublishedSubgraphs } from './loadPublishedSubgraphs.ts';
export { loadOperations } from './loadOperations.ts';
export { loadRuleTree } from './loadRuleTree.ts';
export { loadConformanceInputs } from './loadConformanceInputs.ts';
export { createRegistryClient } from './createRegistryClient.ts';

export type {
  CheckSubgraphArgs,
  ConformanceInputs,
  PublishedCheckArgs,
} from './CheckSubgraphArgs.ts';
export type { PublishedChecks } from './checkAgainstPublished.ts';
export type { CompositionError, CompositionOutcome } from './composeSubgraphs.ts';
export type { ChangeLevel, SchemaChange } from './diffSchemas.ts';
export type { BrokenOperation } from './findBrokenOperations.ts';
export type { RuleCoverage } from './checkRuleCoverage.ts';
export type { ScalarMismatch } from './checkSharedScalars.ts';
export type { PublishedSubgraph, PublishedSubgraphSource } from './PublishedSubgraph.ts';
export type { RegisteredOperation } from './RegisteredOperation.ts';
export type { LoadedRuleTree, RuleTree } from './RuleTree.ts';
export type {
  ChangesSection,
  CheckStatus,
  CompositionSection,
  ConformanceSection,
  OperationsSection,
  SchemaCheckReport,
} from './SchemaCheckReport.ts';
export type { ApiResult, RegistryClient } from './createRegistryClient.ts';
export { REGISTRY_API } from './registryApi.ts';
export type {
  CheckRequest,
  CheckResponse,
  PublishRequest,
  PublishResponse,
  RegistryApiError,
  RegistrySubgraph,
  SubgraphsResponse,
} from './registryApi.ts';
