import { createHash } from 'node:crypto';
import { operationFromDocument, type Supergraph } from '@apollo/federation-internals';
import type { QueryPlan, QueryPlanner } from '@apollo/query-planner';
import {
  Kind,
  parse,
  printSchema,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { DocumentManifest } from '@dost/schema-registry';
import { operationShape } from '../audit/operationShape.ts';
import { checkLiterals } from '../limits/useInputValidation.ts';
import { introspects } from '../limits/useIntrospectionControl.ts';
import type { DocumentChecks } from './loadManifest.ts';

/** What a request by id would otherwise compute, keyed as Apollo's own stores key it. */
export interface PreparedManifest {
  /** Parsed and validated documents, keyed as Apollo Server's documentStore looks them up. */
  readonly documents: ReadonlyMap<string, DocumentNode>;
  /** Query plans, keyed as @apollo/gateway's queryPlanStore looks them up. */
  readonly plans: ReadonlyMap<string, QueryPlan>;
}

/** The planner of one supergraph: what plans are made against. */
export interface Planning {
  readonly supergraph: Supergraph;
  readonly planner: QueryPlanner;
}

const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/**
 * The prefix Apollo Server puts before a query's sha256 in a documentStore it was given
 * (ApolloServer.generateSchemaDerivedData): the sha256 of the printed API schema, then ':'.
 */
export function documentKeyPrefix(schema: GraphQLSchema): string {
  return `${sha256(printSchema(schema))}:`;
}

/**
 * Parses, validates and plans every document of `manifest` against `schema` and its
 * supergraph, and does the gateway's per-document work (introspection, literals, the audit's
 * operation shape) on it, so that a request by id finds all of it done. A document that fails
 * any step is left out: a request for it then takes the ordinary path and fails there, with
 * the error it would always have had.
 */
export function prepareManifest({
  manifest,
  schema,
  planning,
  checks,
}: {
  manifest: DocumentManifest;
  schema: GraphQLSchema;
  planning: Planning;
  checks: DocumentChecks;
}): PreparedManifest {
  const prefix = documentKeyPrefix(schema);
  const apiSchema = planning.supergraph.apiSchema();
  const documents = new Map<string, DocumentNode>();
  const plans = new Map<string, QueryPlan>();
  for (const [id, text] of Object.entries(manifest)) {
    const document = parseValid(text, schema, checks);
    // Apollo Server refuses introspection in production by a validation rule of its own:
    // such a document keeps the ordinary path, where that rule still runs.
    if (document === null || id !== sha256(text) || introspects(document)) continue;
    if (!warmGatewayWork(schema, document)) continue;
    documents.set(prefix + id, document);
    const operations = document.definitions.filter(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === Kind.OPERATION_DEFINITION,
    );
    for (const operation of operations) {
      const name = operation.name?.value;
      const plan = planOf(planning, apiSchema, document, name);
      if (plan === null) continue;
      // The gateway's key: the query's hash alone without operationName, else both hashed.
      if (name !== undefined) plans.set(sha256(id, name), plan);
      if (operations.length === 1) plans.set(id, plan);
    }
  }
  return { documents, plans };
}

function parseValid(
  text: string,
  schema: GraphQLSchema,
  { parseOptions, validationRules }: DocumentChecks,
): DocumentNode | null {
  try {
    const document = parse(text, parseOptions);
    const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
    return errors.length === 0 ? document : null;
  } catch {
    return null;
  }
}

/** The per-document results the plugins memoise, computed now; false if a literal fails. */
function warmGatewayWork(schema: GraphQLSchema, document: DocumentNode): boolean {
  try {
    checkLiterals(schema, document);
  } catch {
    return false;
  }
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) operationShape(schema, document, definition);
  }
  return true;
}

function planOf(
  { planner }: Planning,
  apiSchema: ReturnType<Supergraph['apiSchema']>,
  document: DocumentNode,
  operationName: string | undefined,
): QueryPlan | null {
  try {
    const operation = operationFromDocument(apiSchema, document, {
      ...(operationName === undefined ? {} : { operationName }),
    });
    return planner.buildQueryPlan(operation);
  } catch {
    // Planning refuses it (a limit, an unservable root): the request will say so itself.
    return null;
  }
}
