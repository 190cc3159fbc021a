/**
 * `npm run documents:publish -- [--manifest <file>] [--by <who>] [--replace]`: records the
 * trusted-document manifest (clients/generated/persisted-documents.json by default) in the
 * schema registry; every gateway following it serves those ids at its next poll. Exit 0 when
 * published (or already so), 1 when a document does not pass against the served schema, 2 for
 * a bad command line.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseManifestJson } from '../gateway/documents/loadManifest.ts';
import { openSchemaRegistry } from '@dost/schema-registry';
import { readEnv } from '@dost/platform/env.ts';
import { MANIFEST_FILE } from './codegen/generateClients.ts';
import { publishManifest } from './codegen/publishManifest.ts';

async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      manifest: { type: 'string', default: MANIFEST_FILE },
      by: { type: 'string', default: 'documents:publish' },
      replace: { type: 'boolean', default: false },
    },
  });
  const env = readEnv();
  if (env.schemaRegistry === null) {
    console.error(
      'documents:publish: DOST_SCHEMA_REGISTRY=off; there is no registry to publish to.',
    );
    return 2;
  }
  const documents = parseManifestJson(readFileSync(values.manifest, 'utf8'));
  const registry = await openSchemaRegistry({
    url: env.schemaRegistry.dbUrl,
    dataDir: env.dataDir,
  });
  try {
    const served = await registry.latestSupergraph();
    const outcome = await publishManifest({
      store: registry.manifests,
      documents,
      supergraphSdl:
        served?.supergraphSdl ??
        readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8'),
      replace: values.replace,
      publishedBy: values.by,
    });
    if (!outcome.ok) {
      console.error('documents:publish: refused:');
      for (const problem of outcome.problems) console.error(`  - ${problem}`);
      return 1;
    }
    const what = outcome.recorded ? 'Published' : 'Already published';
    console.log(
      `${what} ${String(outcome.documents)} documents as manifest version ${String(outcome.version)}.`,
    );
    return 0;
  } finally {
    await registry.close();
  }
}

process.exitCode = await main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`documents:publish: ${error instanceof Error ? error.message : String(error)}`);
  return 2;
});
