import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  checkSubgraph,
  formatReport,
  loadPublishedSubgraphs,
  type PublishedSubgraphSource,
} from '@dost/schema-tools';
import { loadCheckInputs } from './schema/loadCheckInputs.ts';

// npm run schema:check -- <subgraph> <sdl-file> [--operations <dir|manifest.json>]
//   [--rules <module>] [--allow-breaking] [--json] [--published <schema-dir>]
//   [--access-matrix <file>]
// Exit status: 0 passed, 1 a check failed, 2 the command itself was wrong.
const USAGE = `Usage: npm run schema:check -- <subgraph> <sdl-file> [options]
  --operations <path>     registered operations: a folder of .graphql documents or a JSON
                          manifest of id → document
  --rules <module>        module exporting the subgraph's graphql-shield rule tree
                          (default: the catalog entry of a registry this repository runs)
  --allow-breaking        pass breaking changes that break no registered operation
  --json                  print the report as JSON
  --published <dir>       folder with supergraph.config.json (default: schema/)
  --access-matrix <file>  (default: docs/access-matrix.md)`;

const REPO = new URL('..', import.meta.url);

function folderUrl(path: string): URL {
  return pathToFileURL(`${resolve(path)}/`);
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      operations: { type: 'string' },
      rules: { type: 'string' },
      'allow-breaking': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      published: { type: 'string' },
      'access-matrix': { type: 'string' },
    },
  });
  const [name, sdlFile, ...extra] = positionals;
  if (name === undefined || sdlFile === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const schemaDir =
    values.published === undefined ? new URL('schema/', REPO) : folderUrl(values.published);
  // The committed files; an agency checks against the registry with `dost-schema check`.
  const source: PublishedSubgraphSource = { load: () => loadPublishedSubgraphs({ schemaDir }) };
  const report = await checkSubgraph({
    name,
    sdl: await readFile(sdlFile, 'utf8'),
    published: await source.load(),
    ...(await loadCheckInputs(name, {
      operations: values.operations,
      rules: values.rules,
      accessMatrix: values['access-matrix'],
    })),
    allowBreaking: values['allow-breaking'],
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatReport(report));
  return report.ok ? 0 : 1;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Unreadable files, a bad manifest or rules module: the command was wrong, not the schema.
  console.error(error instanceof Error ? error.message : String(error));
  console.error(USAGE);
  process.exitCode = 2;
}
