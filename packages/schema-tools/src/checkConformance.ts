import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import { checkAccessMatrix } from './checkAccessMatrix.ts';
import { checkRuleCoverage } from './checkRuleCoverage.ts';
import { checkSharedScalars } from './checkSharedScalars.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { LoadedRuleTree } from './RuleTree.ts';
import type { CheckStatus, ConformanceSection } from './SchemaCheckReport.ts';
import { worstStatus } from './worstStatus.ts';

type RulesResult = ConformanceSection['rules'];

function statusOf(failures: readonly unknown[]): CheckStatus {
  return failures.length === 0 ? 'pass' : 'fail';
}

function checkRules(document: DocumentNode, rules: LoadedRuleTree | undefined): RulesResult {
  const none = { from: null, unruled: [], stray: [] };
  if (rules === undefined) {
    return { status: 'fail', ...none, reason: 'no rule tree: pass --rules <module>' };
  }
  let coverage;
  try {
    coverage = checkRuleCoverage({
      schema: buildSubgraphSchema({ typeDefs: document }),
      rules: rules.tree,
    });
  } catch (error) {
    // An invalid subgraph schema; composition has already said why.
    const reason = `not a valid subgraph schema: ${error instanceof Error ? error.message : String(error)}`;
    return { status: 'skip', ...none, from: rules.from, reason };
  }
  // A stray rule denies nothing; it warns so that rules follow a removed field.
  const status = coverage.unruled.length > 0 ? 'fail' : coverage.stray.length > 0 ? 'warn' : 'pass';
  return { status, from: rules.from, ...coverage, reason: null };
}

/**
 * The kit's conformance rules for a candidate subgraph: every field has a graphql-shield rule,
 * the shared scalars are the canonical ones, and the access matrix names every Citizen and
 * root field.
 */
export function checkConformance({
  document,
  published,
  rules,
  accessMatrix,
}: {
  readonly document: DocumentNode;
  readonly published: readonly PublishedSubgraph[];
  readonly rules: LoadedRuleTree | undefined;
  /** The markdown of docs/access-matrix.md. */
  readonly accessMatrix: string;
}): ConformanceSection {
  const ruleResult = checkRules(document, rules);
  const mismatches = checkSharedScalars({ document, published });
  const missing = checkAccessMatrix({ document, matrix: accessMatrix });
  return {
    status: worstStatus([ruleResult.status, statusOf(mismatches), statusOf(missing)]),
    rules: ruleResult,
    scalars: { status: statusOf(mismatches), mismatches },
    accessMatrix: { status: statusOf(missing), missing },
  };
}
