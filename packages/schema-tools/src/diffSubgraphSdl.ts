import { buildSubgraphSchema } from '@apollo/subgraph';
import type { DocumentNode } from 'graphql';
import { diffSchemas, type SchemaChange } from './diffSchemas.ts';

/**
 * Types, fields and directives that buildSubgraphSchema adds for federation itself: `_Entity`,
 * `_Any`, `_Service`, `Query._entities`, `link__*`, `federation__*`, the directive definitions
 * and the `@link` import list. Their churn says nothing about the agency's own schema.
 */
function isFederationPlumbing(change: SchemaChange): boolean {
  const path = change.path ?? '';
  if (path.startsWith('@') || path.startsWith('.@link')) return true;
  const [type = '', field = ''] = path.split('.');
  return (
    type.startsWith('_') ||
    type.startsWith('link__') ||
    type.startsWith('federation__') ||
    (type === 'Query' && field.startsWith('_'))
  );
}

/**
 * Changes between the published and the candidate SDL of one subgraph, as the subgraph
 * serves them (directives such as `@key` included). Throws when either is not a valid
 * subgraph schema; composition reports why.
 */
export async function diffSubgraphSdl({
  before,
  after,
}: {
  readonly before: DocumentNode;
  readonly after: DocumentNode;
}): Promise<readonly SchemaChange[]> {
  const changes = await diffSchemas({
    before: buildSubgraphSchema({ typeDefs: before }),
    after: buildSubgraphSchema({ typeDefs: after }),
  });
  return changes.filter((change) => !isFederationPlumbing(change));
}
