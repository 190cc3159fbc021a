import { parse } from 'graphql';
import type { PublishedCheckArgs } from './CheckSubgraphArgs.ts';
import { COMPOSITION_FAILED } from './COMPOSITION_FAILED.ts';
import { composeSubgraphs, type CompositionOutcome } from './composeSubgraphs.ts';
import { composeWithCandidate } from './composeWithCandidate.ts';
import { diffSchemas, type SchemaChange } from './diffSchemas.ts';
import { diffSubgraphSdl } from './diffSubgraphSdl.ts';
import { findBrokenOperations } from './findBrokenOperations.ts';
import { parseSubgraphSdl, type ParsedSdl } from './parseSubgraphSdl.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { RegisteredOperation } from './RegisteredOperation.ts';
import type {
  ChangesSection,
  CheckStatus,
  CompositionSection,
  OperationsSection,
  SchemaCheckReport,
} from './SchemaCheckReport.ts';

/** The sections of a report that need only the published set, not the agency's code. */
export type PublishedChecks = Pick<SchemaCheckReport, 'composition' | 'changes' | 'operations'>;

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
  args: PublishedCheckArgs,
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

/**
 * The checks a registry can run without the agency's code: composition with the other
 * published subgraphs, changes against the published version and API schema, and the
 * registered operations the candidate would break. Expected failures are in the sections.
 */
export async function checkAgainstPublished(args: PublishedCheckArgs): Promise<PublishedChecks> {
  const parsed = parseSubgraphSdl(args.name, args.sdl);
  const before = composeSubgraphs(args.published);
  const after = parsed.ok ? composeWithCandidate(args) : parsed;
  return {
    composition: compositionSection(args.name, args.published, before, after),
    changes: await changesSection(args, parsed, before, after),
    operations: operationsSection(args.operations, before, after),
  };
}
