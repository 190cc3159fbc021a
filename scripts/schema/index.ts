export { checkSubgraph } from './checkSubgraph.ts';
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
export { loadPublishedSubgraphs } from './loadPublishedSubgraphs.ts';
export { loadOperations } from './loadOperations.ts';
export { loadRuleTree } from './loadRuleTree.ts';
export { loadCheckInputs, type CheckInputPaths } from './loadCheckInputs.ts';
export { knownRuleTree } from './knownRuleTrees.ts';

export type { CheckSubgraphArgs } from './checkSubgraph.ts';
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
