import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { describe, expect, it } from 'vitest';
import { documentKeyPrefix, prepareManifest } from '../../gateway/documents/prepareManifest.ts';
import { createQueryBounds } from '../../gateway/limits/createQueryBounds.ts';
import { DEFAULT_QUERY_LIMITS } from '../../gateway/limits/QueryLimits.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

const supergraph = Supergraph.build(
  readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8'),
);
const schema = supergraph.apiSchema().toGraphQLJSSchema();
const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};
const entry = (text: string): [string, string] => [sha256(text), text];

const unknownField = entry('query Broken { citizen(fin: "5ZK7P2Q") { noSuchField } }');
const introspection = entry('query Types { __schema { types { name } } }');
const badLiteral = entry('query BadFin { citizen(fin: "not-a-fin") { fin } }');
const twoOperations = entry(
  'query First($fin: FIN!) { citizen(fin: $fin) { fin } } query Second { centres { code } }',
);

function prepare() {
  return prepareManifest({
    manifest: Object.fromEntries([
      ...Object.entries(TRUSTED_MANIFEST),
      unknownField,
      introspection,
      badLiteral,
      twoOperations,
    ]),
    schema,
    planning: { supergraph, planner: new QueryPlanner(supergraph) },
    checks: createQueryBounds(DEFAULT_QUERY_LIMITS),
  });
}

describe('prepareManifest', () => {
  const prepared = prepare();
  const prefix = documentKeyPrefix(schema);

  it('keys each manifest document as Apollo Server looks it up: schema hash, then its id', () => {
    for (const id of Object.keys(TRUSTED_MANIFEST)) {
      expect(prepared.documents.has(`${prefix}${id}`), id).toBe(true);
    }
    expect(prefix).toMatch(/^[0-9a-f]{64}:$/);
  });

  it('plans each operation under the keys the gateway uses, with and without its name', () => {
    for (const [id, text] of Object.entries(TRUSTED_MANIFEST)) {
      const name = /(?:query|mutation) (\w+)/.exec(text)?.[1] ?? '';
      expect(prepared.plans.has(id), id).toBe(true);
      expect(prepared.plans.get(sha256(id, name))).toBe(prepared.plans.get(id));
    }
    // Several operations: only by name, since none runs without one.
    const [id] = twoOperations;
    expect(prepared.documents.has(`${prefix}${id}`)).toBe(true);
    expect(prepared.plans.has(id)).toBe(false);
    expect(prepared.plans.has(sha256(id, 'First'))).toBe(true);
    expect(prepared.plans.has(sha256(id, 'Second'))).toBe(true);
  });

  it('leaves out what a request must still fail or check on its own path', () => {
    for (const [id] of [unknownField, introspection, badLiteral]) {
      expect(prepared.documents.has(`${prefix}${id}`), id).toBe(false);
      expect(prepared.plans.has(id), id).toBe(false);
    }
  });

  it('leaves out a document whose id is not its hash', () => {
    const [, text] = entry('query Other($fin: FIN!) { citizen(fin: $fin) { fin } }');
    const forged = prepareManifest({
      manifest: { [sha256('something else')]: text },
      schema,
      planning: { supergraph, planner: new QueryPlanner(supergraph) },
      checks: createQueryBounds(DEFAULT_QUERY_LIMITS),
    });
    expect(forged.documents.size).toBe(0);
    expect(forged.plans.size).toBe(0);
  });
});
