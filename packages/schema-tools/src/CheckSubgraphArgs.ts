import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { RegisteredOperation } from './RegisteredOperation.ts';
import type { LoadedRuleTree } from './RuleTree.ts';

/** What the checks against the published set need: the candidate and that set. */
export interface PublishedCheckArgs {
  /** The subgraph's name in the supergraph, e.g. pensions. */
  readonly name: string;
  /** The candidate SDL. */
  readonly sdl: string;
  /** Every subgraph the gateway composes now (the candidate's published version included). */
  readonly published: readonly PublishedSubgraph[];
  /** Registered client operations; undefined when none are registered. */
  readonly operations?: readonly RegisteredOperation[];
  /** Let breaking API changes pass unless they break a registered operation. @default false */
  readonly allowBreaking?: boolean;
}

/** What the conformance checks need besides the candidate: the agency's own code and docs. */
export interface ConformanceInputs {
  /** The candidate's graphql-shield rule tree; undefined fails the rule check. */
  readonly rules?: LoadedRuleTree;
  /** The markdown of the access matrix (docs/access-matrix.md, or the agency's own rows). */
  readonly accessMatrix: string;
}

/** Everything `checkSubgraph` runs on. */
export interface CheckSubgraphArgs extends PublishedCheckArgs, ConformanceInputs {}
