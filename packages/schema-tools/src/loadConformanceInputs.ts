import { readFile } from 'node:fs/promises';
import type { ConformanceInputs } from './CheckSubgraphArgs.ts';
import { loadRuleTree } from './loadRuleTree.ts';

/**
 * Reads what the conformance checks need from the agency's own files: the module exporting
 * its rule tree (none: the rule check fails, asking for one) and its access-matrix rows
 * (none: an empty matrix, so every Citizen and root field is reported missing).
 */
export async function loadConformanceInputs({
  rules,
  accessMatrix,
}: {
  readonly rules?: string | undefined;
  readonly accessMatrix?: string | undefined;
}): Promise<ConformanceInputs> {
  return {
    ...(rules === undefined ? {} : { rules: await loadRuleTree(rules) }),
    accessMatrix: accessMatrix === undefined ? '' : await readFile(accessMatrix, 'utf8'),
  };
}
