import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Supergraph, type operationFromDocument } from '@apollo/federation-internals';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { reuseExecutionOperations } from '../../gateway/execution/reuseExecutionOperations.ts';

/** The package as @apollo/gateway requires it: CommonJS exports, read at each call. */
const federation = createRequire(import.meta.url)('@apollo/federation-internals') as {
  operationFromDocument: typeof operationFromDocument;
};
const sdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const apiSchema = Supergraph.build(sdl).apiSchema();

const document = parse(`query OneWindow($fin: FIN!, $withPension: Boolean!) {
  citizen(fin: $fin) { ...Who pension @include(if: $withPension) { labourPension { amount } } }
}
fragment Who on Citizen { fin fullName }`);

/** The document executeQueryPlan builds on each request: the operation, then the fragments. */
function asExecutorBuildsIt(source: DocumentNode): DocumentNode {
  const operation = source.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments = source.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return { kind: Kind.DOCUMENT, definitions: [operation ?? fragments[0], ...fragments] as never };
}

describe('reuseExecutionOperations', () => {
  reuseExecutionOperations();
  // What @apollo/gateway calls: the package index's export, read at call time.
  const call: typeof operationFromDocument = (...args) => federation.operationFromDocument(...args);

  it("reuses the executor's Operation for the same operation node and API schema", () => {
    const first = call(apiSchema, asExecutorBuildsIt(document), { validate: false });
    const second = call(apiSchema, asExecutorBuildsIt(document), { validate: false });
    expect(second === first).toBe(true);
    // The same Operation a fresh build gives, @include and the fragment included.
    expect(first.toString()).toBe(
      call(apiSchema, asExecutorBuildsIt(document), { validate: true }).toString(),
    );
    expect(first.toString()).toContain('@include(if: $withPension)');
  });

  it('builds afresh for another document with the same text, or another API schema', () => {
    const first = call(apiSchema, asExecutorBuildsIt(document), { validate: false });
    const reparsed = parse(document.loc?.source.body ?? '');
    // Identity alone: printing an Operation (and its schema) would overflow the stack.
    const again = call(apiSchema, asExecutorBuildsIt(reparsed), { validate: false });
    expect(again === first).toBe(false);
    const reloaded = Supergraph.build(sdl).apiSchema();
    const onReload = call(reloaded, asExecutorBuildsIt(document), { validate: false });
    expect(onReload === first).toBe(false);
  });

  it('leaves every other call (planning, validation) uncached', () => {
    const planned = call(apiSchema, document, { operationName: 'OneWindow' });
    expect(call(apiSchema, document, { operationName: 'OneWindow' }) === planned).toBe(false);
    const validated = call(apiSchema, asExecutorBuildsIt(document));
    expect(call(apiSchema, asExecutorBuildsIt(document)) === validated).toBe(false);
  });

  it('installs once, however many gateways are built', () => {
    const installed = federation.operationFromDocument;
    reuseExecutionOperations();
    expect(federation.operationFromDocument === installed).toBe(true);
  });
});
