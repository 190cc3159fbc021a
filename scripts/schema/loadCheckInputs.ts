import { readFile } from 'node:fs/promises';
import { loadOperations, loadRuleTree, type CheckSubgraphArgs } from '@dost/schema-tools';
import { knownRuleTree } from './knownRuleTrees.ts';

/** Where the checks read what they need; paths as given on a command line. */
export interface CheckInputPaths {
  /** A folder of `.graphql` documents or a JSON manifest; none registered when absent. */
  readonly operations?: string | undefined;
  /** A module exporting the rule tree; absent: the catalog's, for a registry of this repo. */
  readonly rules?: string | undefined;
  /** @default docs/access-matrix.md */
  readonly accessMatrix?: string | undefined;
}

const ACCESS_MATRIX = new URL('../../docs/access-matrix.md', import.meta.url);

/**
 * Loads the operations, rule tree and access matrix `schema:check` and `schema:publish` use,
 * with this repository's defaults: the catalog's rule tree and docs/access-matrix.md.
 */
export async function loadCheckInputs(
  name: string,
  paths: CheckInputPaths,
): Promise<Pick<CheckSubgraphArgs, 'operations' | 'rules' | 'accessMatrix'>> {
  return {
    operations: paths.operations === undefined ? undefined : await loadOperations(paths.operations),
    rules: paths.rules === undefined ? await knownRuleTree(name) : await loadRuleTree(paths.rules),
    accessMatrix: await readFile(paths.accessMatrix ?? ACCESS_MATRIX, 'utf8'),
  };
}
