import { createHash } from 'node:crypto';
import {
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { DocumentManifest } from '@dost/schema-registry';

/** What a manifest must pass against the schema served: parse and validation, as a request would. */
export interface DocumentChecks {
  readonly parseOptions: ParseOptions;
  readonly validationRules: readonly ValidationRule[];
}

/**
 * Checks every document of a manifest: its id is the sha256 of its text (so no id can be
 * bound to another operation), it parses within the gateway's bounds and it validates against
 * `schema`. Returns the problems, one line each; none means the manifest may be served.
 */
export function checkManifest(
  manifest: DocumentManifest,
  schema: GraphQLSchema,
  { parseOptions, validationRules }: DocumentChecks,
): string[] {
  const problems: string[] = [];
  for (const [id, text] of Object.entries(manifest)) {
    if (createHash('sha256').update(text).digest('hex') !== id) {
      problems.push(`${id}: the id is not the sha256 of the document`);
      continue;
    }
    try {
      const errors = validate(schema, parse(text, parseOptions), [
        ...specifiedRules,
        ...validationRules,
      ]);
      for (const error of errors) problems.push(`${id}: ${error.message}`);
    } catch (error) {
      problems.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return problems;
}

/** Reads a manifest's JSON (id → document text); throws on anything else. */
export function parseManifestJson(text: string): DocumentManifest {
  const value = JSON.parse(text) as unknown;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError('A document manifest is a JSON object of id → document.');
  }
  for (const [id, document] of Object.entries(value)) {
    if (typeof document !== 'string') throw new TypeError(`Document ${id} is not a string.`);
  }
  return value as DocumentManifest;
}
