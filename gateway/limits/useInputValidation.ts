import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  TypeInfo,
  typeFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { isFin } from '@dost/platform/fin.ts';
import { isIsoDate, isIsoInstant } from '@dost/platform/isoTime.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/** Custom scalars the gateway checks itself: the supergraph knows their names, not rules. */
const CHECKS: Record<string, { valid: (value: unknown) => boolean; message: string }> = {
  FIN: {
    valid: isFin,
    message: 'A FIN is 7 capital Latin letters or digits, without I or O (e.g. 5ZK7P2Q).',
  },
  // Checked here too: a subgraph refuses a malformed variable with HTTP 400, which the
  // gateway could only report as the registry failing.
  Date: { valid: isIsoDate, message: 'A Date is written YYYY-MM-DD.' },
  DateTime: {
    valid: isIsoInstant,
    message: 'A DateTime is ISO-8601 UTC with milliseconds, e.g. 2026-01-31T09:15:02.123Z.',
  },
};

/**
 * Rejects malformed scalar input (literals and variables) before planning, with
 * BAD_USER_INPUT, so no subgraph is called with it.
 */
export function useInputValidation(): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ schema, document, operation, request }) {
          checkLiterals(schema, document);
          if (operation !== undefined) checkVariables(schema, operation, request.variables ?? {});
          return Promise.resolve();
        },
      }),
  };
}

function fail(scalar: string): never {
  throw ERRORS.BAD_USER_INPUT.err(CHECKS[scalar]?.message);
}

/**
 * Documents whose literals passed, per schema. A literal's validity depends on the document
 * and schema alone, and Apollo Server hands over the same cached DocumentNode for the same
 * query text, so a repeated operation skips the walk; a failing one is never remembered.
 */
const passedLiterals = new WeakMap<DocumentNode, GraphQLSchema>();

/** Throws BAD_USER_INPUT for a malformed scalar literal; a document that passed is remembered. */
export function checkLiterals(schema: GraphQLSchema, document: DocumentNode): void {
  if (passedLiterals.get(document) === schema) return;
  walkLiterals(schema, document);
  passedLiterals.set(document, schema);
}

function walkLiterals(schema: GraphQLSchema, document: DocumentNode): void {
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      StringValue(node) {
        const type = typeInfo.getInputType();
        const name = type === null || type === undefined ? '' : getNamedType(type).name;
        if (CHECKS[name]?.valid(node.value) === false) fail(name);
      },
    }),
  );
}

function checkVariables(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>>,
): void {
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (type !== undefined)
      checkValue(type as GraphQLInputType, variables[definition.variable.name.value]);
  }
}

function checkValue(type: GraphQLInputType, value: unknown): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(type.ofType, value);
  if (isListType(type)) {
    if (Array.isArray(value)) for (const item of value) checkValue(type.ofType, item);
    else checkValue(type.ofType, value);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(type.getFields())) {
      checkValue(field.type, (value as Record<string, unknown>)[field.name]);
    }
    return;
  }
  if (CHECKS[type.name]?.valid(value) === false) fail(type.name);
}
