import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import {
  MAX_SUBGRAPH_NAME,
  SCHEMA_REGISTRY_ERRORS,
  type RegistryResult,
  type SubgraphSchema,
} from '@dost/schema-registry';
import type { CheckInputPaths } from '../schema/loadCheckInputs.ts';

export const PUBLISH_USAGE =
  'Usage: npm run schema:publish -- <subgraph> <sdl-file> --url <routing-url> [--by <who>] [--force]\n' +
  '  the checks of schema:check: [--operations <dir|manifest.json>] [--rules <module>]\n' +
  '  [--allow-breaking] [--access-matrix <file>]';

/** Where the schema checks read what they need, and whether breaking changes may pass. */
export interface CheckSources extends CheckInputPaths {
  readonly allowBreaking: boolean;
}

/**
 * Lower-case letters, digits and `_`: the name also spells its `DOST_<NAME>_URL` variable
 * and its internal tokens' audience.
 */
const SUBGRAPH_NAME = new RegExp(`^[a-z][a-z0-9_]{0,${MAX_SUBGRAPH_NAME - 1}}$`);

export type PublishArguments = RegistryResult<{
  readonly candidate: SubgraphSchema;
  readonly publishedBy: string;
  readonly force: boolean;
  readonly checks: CheckSources;
}>;

/** Reads `schema:publish`'s command line and the SDL file it names. */
export function parsePublishArguments(args: readonly string[]): PublishArguments {
  const bad = (problem: string) => ({
    ok: false as const,
    error: SCHEMA_REGISTRY_ERRORS.BAD_ARGUMENTS.err([problem, PUBLISH_USAGE]),
  });
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        by: { type: 'string' },
        force: { type: 'boolean', default: false },
        operations: { type: 'string' },
        rules: { type: 'string' },
        'allow-breaking': { type: 'boolean', default: false },
        'access-matrix': { type: 'string' },
      },
    });
  } catch (error) {
    return bad((error as Error).message);
  }
  const { positionals, values } = parsed;
  const [name, file] = positionals;
  if (name === undefined || file === undefined || positionals.length > 2) {
    return bad('give the subgraph name and its SDL file');
  }
  if (!SUBGRAPH_NAME.test(name)) return bad(`subgraph name ${name}: use a-z, 0-9 and _`);
  const { url } = values;
  if (url === undefined || !/^https?:\/\//.test(url) || !URL.canParse(url)) {
    return bad('--url must be the http(s):// URL the gateway calls the subgraph at');
  }
  let sdl: string;
  try {
    sdl = readFileSync(file, 'utf8');
  } catch (error) {
    return bad(`cannot read ${file}: ${(error as Error).message}`);
  }
  return {
    ok: true,
    candidate: { name, url, sdl },
    publishedBy: values.by ?? userInfo().username,
    force: values.force,
    checks: {
      operations: values.operations,
      rules: values.rules,
      accessMatrix: values['access-matrix'],
      allowBreaking: values['allow-breaking'],
    },
  };
}
