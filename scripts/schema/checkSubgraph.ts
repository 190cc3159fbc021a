import { parse } from 'graphql';
import { checkConformance } from './checkConformance.ts';
import { composeSubgraphs, type CompositionOutcome } from './composeSubgraphs.ts';
import { composeWithCandidate } from './composeWithCandidate.ts';
import { diffSchemas, type SchemaChange } from './diffSchemas.ts';
import { diffSubgraphSdl } from './diffSubgraphSdl.ts';
import { findBrokenOperations } from './findBrokenOperations.ts';
import { parseSubgraphSdl, type ParsedSdl } from './parseSubgraphSdl.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { RegisteredOperation } from './RegisteredOperation.ts';
import type { LoadedRuleTree } from './RuleTree.ts';
import type {
  ChangesSection,
  CheckStatus,
  CompositionSection,
  ConformanceSection,
  OperationsSection,
  SchemaCheckReport,
} from './SchemaCheckReport.ts';

export interface CheckSubgraphArgs {
  /** The subgraph's name in the supergraph, e.g. pensions. */
  readonly name: string;
  /** The candidate SDL. */
  readonly sdl: string;
  /** Every subgraph the gateway composes now (the candidate's published version included). */
  readonly published: readonly PublishedSubgraph[];
  /** Registered client operations; undefined when none are registered. */
  readonly operations?: readonly RegisteredOperation[];
  /** The candidate's graphql-shield rule tree; undefined fails the rule check. */
  readonly rules?: LoadedRuleTree;
  /** The markdown of docs/access-matrix.md. */
  readonly accessMatrix: string;
  /** Let breaking API changes pass unless they break a registered operation. @default false */
  readonly allowBreaking?: boolean;
}

const COMPOSITION_FAILED = 'skipped: composition failed';

function compositionSection(
  name: string,
  published: readonly PublishedSubgraph[],
  before: CompositionOutcome,
  after: CompositionOutcome,
): CompositionSection {
  const composedWith = published.map((s) => s.name).filter((other) => other !== name);
  if (!before.ok) {
    // The candidate cannot be judged against a published set that is itself broken.
    const errors = before.errors.map((e) => ({ ...e, message: `published set: ${e.message}` }));
    return { status: 'fail', composedWith, errors };
  }
  return { status: after.ok ? 'pass' : 'fail', composedWith, errors: after.ok ? [] : after.errors };
}

async function subgraphChanges(
  current: PublishedSubgraph | undefined,
  parsed: ParsedSdl,
): Promise<readonly SchemaChange[] | null> {
  if (current === undefined || !parsed.ok) return null;
  return diffSubgraphSdl({ before: parse(current.sdl), after: parsed.document });
}

function changesStatus(api: readonly SchemaChange[], allowBreaking: boolean): CheckStatus {
  const levels = new Set(api.map((change) => change.level));
  if (levels.has('BREAKING')) return allowBreaking ? 'warn' : 'fail';
  return levels.has('DANGEROUS') ? 'warn' : 'pass';
}

async function changesSection(
  args: CheckSubgraphArgs,
  parsed: ParsedSdl,
  before: CompositionOutcome,
  after: CompositionOutcome,
): Promise<ChangesSection> {
  const allowBreaking = args.allowBreaking ?? false;
  if (!before.ok || !after.ok) {
    return { status: 'skip', api: [], subgraph: null, allowBreaking, reason: COMPOSITION_FAILED };
  }
  const api = await diffSchemas({ before: before.apiSchema, after: after.apiSchema });
  const current = args.published.find((s) => s.name === args.name);
  const subgraph = await subgraphChanges(current, parsed);
  const reason = current === undefined ? 'new subgraph: no published version' : null;
  return { status: changesStatus(api, allowBreaking), api, subgraph, allowBreaking, reason };
}

function operationsSection(
  operations: readonly RegisteredOperation[] | undefined,
  before: CompositionOutcome,
  after: CompositionOutcome,
): OperationsSection {
  const none = { broken: [], alreadyInvalid: [] };
  if (operations === undefined) {
    return { status: 'pass', registered: null, ...none, reason: 'none registered' };
  }
  const registered = operations.length;
  if (!before.ok || !after.ok) {
    return { status: 'skip', registered, ...none, reason: COMPOSITION_FAILED };
  }
  const invalidBefore = new Set(
    findBrokenOperations({ schema: before.apiSchema, operations }).map((op) => op.id),
  );
  const invalidAfter = findBrokenOperations({ schema: after.apiSchema, operations });
  const broken = invalidAfter.filter((op) => !invalidBefore.has(op.id));
  const alreadyInvalid = invalidAfter.filter((op) => invalidBefore.has(op.id));
  const status = broken.length > 0 ? 'fail' : alreadyInvalid.length > 0 ? 'warn' : 'pass';
  return { status, registered, broken, alreadyInvalid, reason: null };
}

function conformanceSection(args: CheckSubgraphArgs, parsed: ParsedSdl): ConformanceSection {
  if (parsed.ok) {
    const { published, rules, accessMatrix } = args;
    return checkConformance({ document: parsed.document, published, rules, accessMatrix });
  }
  const skip = { status: 'skip', reason: COMPOSITION_FAILED } as const;
  return {
    status: 'skip',
    rules: { ...skip, from: args.rules?.from ?? null, unruled: [], stray: [] },
    scalars: { status: 'skip', mismatches: [] },
    accessMatrix: { status: 'skip', missing: [] },
  };
}

/**
 * Checks a candidate SDL for subgraph `name` before it is published: composition with the
 * other published subgraphs, changes against its published version and the API schema,
 * registered operations it would break, and the kit's conformance rules. Expected failures
 * are in the report (`ok: false`), never thrown.
 */
export async function checkSubgraph(args: CheckSubgraphArgs): Promise<SchemaCheckReport> {
  const parsed = parseSubgraphSdl(args.name, args.sdl);
  const before = composeSubgraphs(args.published);
  const after = parsed.ok ? composeWithCandidate(args) : parsed;
  const sections = {
    composition: compositionSection(args.name, args.published, before, after),
    changes: await changesSection(args, parsed, before, after),
    operations: operationsSection(args.operations, before, after),
    conformance: conformanceSection(args, parsed),
  };
  const ok = Object.values(sections).every((s) => s.status === 'pass' || s.status === 'warn');
  return { subgraph: args.name, ok, ...sections };
}
