/**
 * `npm run schema:publish -- <subgraph> <sdl-file> --url <routing-url> [--by <who>] [--force]`:
 * composes the subgraph with the latest published version of every other one, runs the
 * publish checks, and records the new supergraph in the schema registry as its next version.
 * Gateways polling the registry serve it without a restart. Exit code 0 when recorded (or
 * already published exactly so), 1 when refused, 2 for a bad command line.
 */
import { readEnv } from '@dost/platform/env.ts';
import { openSchemaRegistry, schemaChecks, type SchemaRegistryError } from '@dost/schema-registry';
import { parsePublishArguments } from './lib/parsePublishArguments.ts';
import { publishSubgraph } from './lib/publishSubgraph.ts';
import { loadCheckInputs } from './schema/loadCheckInputs.ts';

async function main(args: readonly string[]): Promise<number> {
  const parsed = parsePublishArguments(args);
  if (!parsed.ok) return fail(parsed.error, 2);
  const env = readEnv();
  if (env.schemaRegistry === null) {
    console.error('schema:publish: DOST_SCHEMA_REGISTRY=off; there is no registry to publish to.');
    return 2;
  }
  const registry = await openSchemaRegistry({
    url: env.schemaRegistry.dbUrl,
    dataDir: env.dataDir,
  });
  try {
    const { allowBreaking, ...paths } = parsed.checks;
    const inputs = await loadCheckInputs(parsed.candidate.name, paths);
    const check = schemaChecks({ ...inputs, allowBreaking });
    const outcome = await publishSubgraph({ registry, ...parsed, check });
    if (!outcome.ok) return fail(outcome.error, 1);
    const { version, recorded, forced, report } = outcome;
    const name = parsed.candidate.name;
    if (!recorded) {
      console.log(`${name} is already published exactly so, in supergraph version ${version}.`);
      return 0;
    }
    for (const finding of report.findings) {
      console.log(`  [${finding.check}] ${finding.severity}: ${finding.message}`);
    }
    const how = forced
      ? report.ok
        ? ' (forced; the checks passed)'
        : ' (FORCED past failed checks)'
      : '';
    console.log(`Published ${name} as supergraph version ${version}${how}.`);
    console.log(
      'Gateways following the registry serve it at their next poll (DOST_SUPERGRAPH_POLL_MS).',
    );
    return 0;
  } finally {
    await registry.close();
  }
}

function fail(error: SchemaRegistryError, exitCode: number): number {
  console.error(`schema:publish: ${error.code}: ${error.message}`);
  for (const detail of error.details) console.error(`  - ${detail}`);
  return exitCode;
}

process.exitCode = await main(process.argv.slice(2));
