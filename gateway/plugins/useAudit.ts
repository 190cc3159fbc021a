import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, GraphQLResponse } from '@apollo/server';
import { parse, type DocumentNode } from 'graphql';
import type { AuditEntry } from '../../platform/audit/AuditEntry.ts';
import type { AuditWriter } from '../../platform/audit/createAuditWriter.ts';
import type { Logger } from '../../platform/createLogger.ts';
import { ERRORS } from '../../platform/errors.ts';
import { auditOutcome } from '../audit/auditOutcome.ts';
import { subjectsOf } from '../audit/subjectsOf.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/**
 * Fail-closed audit: before a response leaves, the record of what it discloses is committed.
 * If that write fails, the caller gets AUDIT_UNAVAILABLE and no data at all.
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
        async willSendResponse({ response, contextValue, request, document }) {
          if (response.body.kind !== 'single') return;
          const { identity, disclosure } = contextValue;
          const attempted = attemptedSubjects(document, request.query, request.variables);
          const errors = response.body.singleResult.errors;
          const outcome = auditOutcome({
            disclosed: disclosure.disclosed,
            attemptedSubjects: attempted.length,
            ...(errors === undefined ? {} : { errors }),
          });
          if (outcome === null) return;
          const entry: AuditEntry = {
            at: new Date().toISOString(),
            requestId: identity.requestId,
            actor: {
              sub: identity.actor,
              role: identity.role,
              centre: identity.centre,
              agency: identity.agency,
            },
            purpose: identity.purpose,
            subjects: [...new Set([...disclosure.subjects, ...attempted])].sort(),
            registries: disclosure.registries,
            fields: disclosure.fields,
            outcome,
            operationHash: createHash('sha256')
              .update(request.query ?? '')
              .digest('hex'),
          };
          try {
            await writer.record(entry);
          } catch (error) {
            log.error(
              { err: error, requestId: identity.requestId },
              'audit write failed; data withheld',
            );
            withhold(response, identity.requestId);
          }
        },
      }),
  };
}

function attemptedSubjects(
  document: DocumentNode | undefined,
  query: string | undefined,
  variables: Record<string, unknown> | undefined,
): string[] {
  try {
    const parsed = document ?? (query === undefined ? undefined : parse(query));
    return parsed === undefined ? [] : subjectsOf(parsed, variables);
  } catch {
    return [];
  }
}

function withhold(response: GraphQLResponse, requestId: string): void {
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
