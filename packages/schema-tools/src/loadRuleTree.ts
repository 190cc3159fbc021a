import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isPlainMap, type LoadedRuleTree } from './RuleTree.ts';

function pickExport(module: Readonly<Record<string, unknown>>, path: string): unknown {
  if (module['default'] !== undefined) return module['default'];
  if (module['rules'] !== undefined) return module['rules'];
  const named = Object.keys(module).filter((name) => name.endsWith('Rules'));
  const [only] = named;
  if (only === undefined || named.length > 1) {
    throw new Error(
      `${path}: export the rule tree as default, as \`rules\` or as the one export named *Rules` +
        (named.length > 1 ? ` (found ${named.join(', ')})` : ''),
    );
  }
  return module[only];
}

/**
 * Imports the module at `path` (relative to the working directory; TypeScript works under
 * tsx) and returns the rule tree it exports: `default`, else `rules`, else its one `*Rules`
 * export, as subgraphs' permissions.ts files name theirs.
 */
export async function loadRuleTree(path: string): Promise<LoadedRuleTree> {
  const module: Readonly<Record<string, unknown>> = await import(pathToFileURL(resolve(path)).href);
  const tree = pickExport(module, path);
  if (!isPlainMap(tree)) {
    throw new Error(`${path}: the rule tree must be an object of type name → rule or field map`);
  }
  return { tree, from: path };
}
