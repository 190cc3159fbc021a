import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, type CodegenConfig } from '@graphql-codegen/cli';
import { format, resolveConfig } from 'prettier';
import { apiSchemaSdl } from './apiSchemaSdl.ts';

const ROOT = new URL('../../', import.meta.url);
const path = (relative: string) => fileURLToPath(new URL(relative, ROOT));

/** Where the API schema is written for codegen and for front-end tooling (editors, linters). */
export const API_SCHEMA_FILE = 'clients/schema.graphql';
/** The front-ends' operations: the source of truth for what they ask. */
export const OPERATIONS_GLOB = 'clients/operations/*.graphql';
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
 */
export async function generateClients(): Promise<GeneratedFile[]> {
  const schema = apiSchemaSdl(readFileSync(path('schema/supergraph.graphql'), 'utf8'));
  const outputs: readonly { filename: string; content: string }[] = await generate(
    codegenConfig(schema),
    false,
  );
  const files = [
    { path: API_SCHEMA_FILE, content: schema },
    ...outputs.map((output) => ({ path: relativeOf(output.filename), content: output.content })),
  ];
  return Promise.all(files.map(formatted));
}

function codegenConfig(schemaSdl: string): CodegenConfig {
  return {
    // The schema as text: codegen reads the SDL itself, so generation needs no written file.
    schema: schemaSdl,
    documents: path(OPERATIONS_GLOB),
    silent: true,
    // ESM imports with extensions, as the repo's NodeNext resolution requires.
    emitLegacyCommonJSImports: false,
    errorsOnly: true,
    generates: {
      [path(GENERATED_DIR)]: {
        preset: 'client',
        presetConfig: {
          // Documents carry their id only: a client sends ids, never operation text.
          persistedDocuments: { mode: 'replaceDocumentWithHash', hashAlgorithm: 'sha256' },
          fragmentMasking: false,
        },
        config: {
          // The graph's scalars are strings on the wire: Money is a decimal string.
          strictScalars: true,
          scalars: { Date: 'string', DateTime: 'string', FIN: 'string', Money: 'string' },
          enumsAsTypes: true,
          useTypeImports: true,
          avoidOptionals: { field: true, inputValue: false },
        },
      },
    },
  };
}

function relativeOf(filename: string): string {
  const absolute = filename.startsWith('/') ? filename : path(filename);
  return absolute.slice(path('.').length);
}

async function formatted(file: GeneratedFile): Promise<GeneratedFile> {
  const filepath = path(file.path);
  const options = (await resolveConfig(filepath)) ?? {};
  return { ...file, content: await format(file.content, { ...options, filepath }) };
}
