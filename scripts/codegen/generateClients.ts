import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codegen } from '@graphql-codegen/core';
import { preset, type ClientPresetConfig } from '@graphql-codegen/client-preset';
import { getCachedDocumentNodeFromSchema, type Types } from '@graphql-codegen/plugin-helpers';
import { buildSchema, parse, print } from 'graphql';
import { format, resolveConfig } from 'prettier';
import { apiSchemaSdl } from './apiSchemaSdl.ts';

const ROOT = new URL('../../', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, ROOT));

/** Where the API schema is written for codegen and for front-end tooling (editors, linters). */
export const API_SCHEMA_FILE = 'clients/schema.graphql';
/** The front-ends' operations: the source of truth for what they ask. */
export const OPERATIONS_DIR = 'clients/operations/';
/** Typed documents and the persisted-document manifest. */
export const GENERATED_DIR = 'clients/generated/';
export const MANIFEST_FILE = `${GENERATED_DIR}persisted-documents.json`;

/** One file `npm run codegen` writes: its path from the repository root and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly content: string;
}

/**
 * What `npm run codegen` writes, computed without writing: the API schema from the committed
 * supergraph, then graphql-codegen's client preset over the operations (typed documents that
 * carry only their sha256 id, and the manifest id → document), formatted as the repo is.
 *
 * It drives `@graphql-codegen/core` and the preset directly, as the CLI does inside: the
 * schema is text in hand and the operations are local files, so the CLI's network loaders
 * (url, GitHub, Apollo Engine), which pull in packages that want Node 22, are not needed.
 */
export async function generateClients(): Promise<GeneratedFile[]> {
  const schema = apiSchemaSdl(readFileSync(path('schema/supergraph.graphql'), 'utf8'));
  const schemaAst = buildSchema(schema);
  const config = { ...CLIENT_CONFIG, emitLegacyCommonJSImports: false, importExtension: '.js' };
  const outputs = await preset.buildGeneratesSection({
    baseOutputDir: path(GENERATED_DIR),
    presetConfig: PRESET_CONFIG,
    plugins: [],
    pluginMap: {},
    schema: getCachedDocumentNodeFromSchema(schemaAst),
    schemaAst,
    documents: readOperations(),
    config,
    documentTransforms: [],
  });
  const generated = await Promise.all(
    outputs.map(async (output) => ({
      path: relativeOf(output.filename),
      content: await codegen({
        ...output,
        emitLegacyCommonJSImports: false,
        importExtension: '.js',
      }),
    })),
  );
  return Promise.all([{ path: API_SCHEMA_FILE, content: schema }, ...generated].map(formatted));
}

/** The front-ends' operations, in file-name order so the output is stable. */
function readOperations(): Types.DocumentFile[] {
  const dir = path(OPERATIONS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const location = `${dir}${name}`;
      const document = parse(readFileSync(location, 'utf8'));
      // Printed, as the CLI's file loader hands it over: the key the typed documents are
      // looked up by is the operation without its comments.
      return { location, rawSDL: print(document), document };
    });
}

const PRESET_CONFIG: ClientPresetConfig = {
  // Documents carry their id only: a client sends ids, never operation text.
  persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
  fragmentMasking: false,
};

const CLIENT_CONFIG = {
  // The graph's scalars are strings on the wire: Money is a decimal string.
  strictScalars: true,
  scalars: { Date: 'string', DateTime: 'string', FIN: 'string', Money: 'string' },
  enumsAsTypes: true,
  useTypeImports: true,
  avoidOptionals: { field: true, inputValue: false },
};

function relativeOf(filename: string): string {
  const absolute = filename.startsWith('/') ? filename : path(filename);
  return absolute.slice(path('.').length);
}

async function formatted(file: GeneratedFile): Promise<GeneratedFile> {
  const filepath = path(file.path);
  const options = (await resolveConfig(filepath)) ?? {};
  return { ...file, content: await format(file.content, { ...options, filepath }) };
}
