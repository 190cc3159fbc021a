import { createHash } from 'node:crypto';
import {
  HeaderMap,
  type ApolloServerPlugin,
  type GraphQLRequestContextResponseForOperation,
  type GraphQLRequestContextWillSendResponse,
} from '@apollo/server';
import {
  Kind,
  OperationTypeNode,
  parse,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';
import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { auditOutcome } from './auditOutcome.ts';
import type { RequiredFields } from './createRequiredFields.ts';
import { auditedPurpose } from './consentsUsed.ts';
import { operationShape } from './operationShape.ts';
import { subjectsOf, subjectsOfOperation } from './subjectsOf.ts';

/**
 * Fail-closed audit: before a response leaves, the record of what it discloses and what it
 * refused is committed. If that write fails, the caller gets AUDIT_UNAVAILABLE and no data.
 *
 * A write is recorded twice: ATTEMPTED before any subgraph is called (once every admission
 * and limit check has passed: `responseForOperation` runs only after every plugin's
 * `didResolveOperation`), and its outcome after. If the first record cannot be committed,
 * no subgraph is called and nothing is written (docs/audit-trail.md, "Writes").
 */
export function useAudit({
  writer,
  log,
  requiredFields,
}: {
  writer: AuditWriter;
  log: Logger;
  /**
   * The served supergraph's `@requires`: a field computed from other registries' fields
   * discloses what it derives from them, so those count as asked for. @default none
   */
  requiredFields?: RequiredFields;
}): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async responseForOperation(requestContext) {
          if (requestContext.operation.operation !== OperationTypeNode.MUTATION) return null;
          try {
            await writer.record(attemptOf(requestContext));
            return null;
          } catch (error) {
            const { requestId } = requestContext.contextValue.identity;
            log.error({ err: error, requestId }, 'audit write failed; write not attempted');
            return unavailable(requestId);
          }
        },
        async willSendResponse(requestContext) {
          const { response, contextValue } = requestContext;
          if (response.body.kind !== 'single') return;
          const entry = auditEntryOf(requestContext, response.body.singleResult, requiredFields);
          if (entry === null) return;
          try {
            await writer.record(entry);
          } catch (error) {
            const { requestId } = contextValue.identity;
            log.error({ err: error, requestId }, 'audit write failed; data withheld');
            withhold(requestContext);
          }
        },
      }),
  };
}

type WillSend = GraphQLRequestContextWillSendResponse<GatewayContext>;
type SingleResult = Extract<WillSend['response']['body'], { kind: 'single' }>['singleResult'];

/** The record of one request, or null when it touched no one's data. */
function auditEntryOf(
  requestContext: WillSend,
  result: SingleResult,
  requiredFields: RequiredFields | undefined,
): AuditEntry | null {
  const { contextValue, request, schema } = requestContext;
  const { disclosure } = contextValue;
  const document = requestContext.document ?? parseQuietly(request.query);
  const requested = new Set<string>();
  const subjects = new Set(disclosure.subjects);
  if (document !== undefined) {
    for (const operation of operationsRun(document, requestContext.operation)) {
      const shape = operationShape(schema, document, operation);
      shape.requested.forEach((field) => requested.add(field));
      const named = subjectsOf({
        schema,
        operation,
        subjectArguments: shape.subjectArguments,
        variables: request.variables,
      });
      named.forEach((fin) => subjects.add(fin));
    }
  }
  // What a @requires field was computed from reached the caller in its answer, derived.
  requiredFields?.requiredBy(schema, requested).forEach((field) => requested.add(field));
  const verdict = auditOutcome({
    requested: [...requested].sort(),
    disclosed: disclosure.fields,
    refused: disclosure.refused,
    subjects: subjects.size,
    hasData: result.data !== undefined && result.data !== null,
    errors: result.errors,
    writes:
      requestContext.operation?.operation === OperationTypeNode.MUTATION
        ? writesOf(schema, [...requested])
        : undefined,
  });
  if (verdict === null) return null;
  return {
    ...whoAndWhy(contextValue, request.query),
    subjects: [...subjects].sort(),
    registries: disclosure.registries,
    fields: verdict.fields,
    refused: verdict.refused,
    outcome: verdict.outcome,
  };
}

type ResponseFor = GraphQLRequestContextResponseForOperation<GatewayContext>;

/**
 * The record of a write about to be made: who, for whom (the FINs its arguments name) and
 * what (the mutation's fields, e.g. `Mutation.openCase`); nothing has left yet.
 */
function attemptOf({
  contextValue,
  request,
  schema,
  document,
  operation,
}: ResponseFor): AuditEntry {
  const subjects = subjectsOfOperation({
    schema,
    document,
    operation,
    variables: request.variables,
  });
  return {
    ...whoAndWhy(contextValue, request.query),
    subjects: [...new Set(subjects)].sort(),
    registries: [],
    fields: writesOf(schema, operationShape(schema, document, operation).requested),
    refused: [],
    outcome: 'ATTEMPTED',
  };
}

/** The writes among the coordinates an operation asks for: its Mutation fields. */
function writesOf(schema: GraphQLSchema, requested: readonly string[]): string[] {
  const mutation = schema.getMutationType()?.name ?? 'Mutation';
  return requested.filter((field) => field.startsWith(`${mutation}.`)).sort();
}

/** What every record of a request shares: when, who, why and which operation. */
function whoAndWhy(
  context: GatewayContext,
  query: string | undefined,
): Pick<AuditEntry, 'at' | 'requestId' | 'correlationId' | 'actor' | 'purpose' | 'operationHash'> {
  const { identity, correlationId } = context;
  return {
    at: new Date().toISOString(),
    requestId: identity.requestId,
    correlationId,
    actor: {
      sub: identity.actor,
      role: identity.role,
      centre: identity.centre,
      agency: identity.agency,
    },
    // A partner's read under consent names the consents (consentsUsed.ts).
    purpose: auditedPurpose(context),
    operationHash: createHash('sha256')
      .update(query ?? '')
      .digest('hex'),
  };
}

/**
 * The operation that ran; when none could be chosen (an unknown operationName), every one the
 * document defines, so an attempt that never ran is still recorded against whom it named.
 */
function operationsRun(
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
): OperationDefinitionNode[] {
  if (operation !== undefined) return [operation];
  return document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
}

/** A document that failed validation is not kept by Apollo Server; its text may still parse. */
function parseQuietly(query: string | undefined): DocumentNode | undefined {
  if (query === undefined) return undefined;
  try {
    return parse(query);
  } catch {
    return undefined;
  }
}

function withhold({ response, contextValue }: WillSend): void {
  const { http, body } = unavailable(contextValue.identity.requestId);
  response.http.status = http.status;
  response.body = body;
}

/** AUDIT_UNAVAILABLE as a whole response, with no data. */
function unavailable(requestId: string) {
  return {
    http: { status: ERRORS.AUDIT_UNAVAILABLE.httpStatus, headers: new HeaderMap() },
    body: {
      kind: 'single' as const,
      singleResult: {
        errors: [
          {
            message: ERRORS.AUDIT_UNAVAILABLE.description,
            extensions: { code: ERRORS.AUDIT_UNAVAILABLE.code, requestId },
          },
        ],
      },
    },
  };
}
