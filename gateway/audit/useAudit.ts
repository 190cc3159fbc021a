import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { AuditEntry } from '@dost/audit-store/AuditEntry.ts';
import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { auditOutcome } from './auditOutcome.ts';
import { operationShape } from './operationShape.ts';
import { subjectsOf } from './subjectsOf.ts';

/**
 * Fail-closed audit: before a response leaves, the record of what it discloses and what it
 * refused is committed. If that write fails, the caller gets AUDIT_UNAVAILABLE and no data.
 */
export function useAudit({
  writer,
  log,
}: {
  writer: AuditWriter;
  log: Logger;
}): ApolloServerPlugin<GatewayContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        async willSendResponse(requestContext) {
          const { response, contextValue } = requestContext;
          if (response.body.kind !== 'single') return;
          const entry = auditEntryOf(requestContext, response.body.singleResult);
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
function auditEntryOf(requestContext: WillSend, result: SingleResult): AuditEntry | null {
  const { contextValue, request, schema } = requestContext;
  const { identity, disclosure, correlationId } = contextValue;
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
  const verdict = auditOutcome({
    requested: [...requested].sort(),
    disclosed: disclosure.fields,
    refused: disclosure.refused,
    subjects: subjects.size,
    hasData: result.data !== undefined && result.data !== null,
    errors: result.errors,
  });
  if (verdict === null) return null;
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
    purpose: identity.purpose,
    subjects: [...subjects].sort(),
    registries: disclosure.registries,
    fields: verdict.fields,
    refused: verdict.refused,
    outcome: verdict.outcome,
    operationHash: createHash('sha256')
      .update(request.query ?? '')
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
  const { requestId } = contextValue.identity;
  response.http.status = ERRORS.AUDIT_UNAVAILABLE.httpStatus;
  response.body = {
    kind: 'single',
    singleResult: {
      errors: [
        {
          message: ERRORS.AUDIT_UNAVAILABLE.description,
          extensions: { code: ERRORS.AUDIT_UNAVAILABLE.code, requestId },
        },
      ],
    },
  };
}
