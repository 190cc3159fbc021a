import {
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Span,
  type Tracer,
} from '@opentelemetry/api';
import type { Knex } from 'knex';
import { requestTraces } from './RequestTrace.ts';
import { summarizeSql } from './sqlSpanName.ts';

/** What knex's `query` event says of a statement (the fields read here). */
interface QueryEvent {
  __knexQueryUid?: unknown;
  sql?: unknown;
}

/**
 * A span per SQL statement of a traced request, child of its request span: opened on knex's
 * `query` event, ended on `query-response` or `query-error`. Named `SELECT people` (verb and
 * table, OpenTelemetry's database convention); no SQL text and no bindings, so no personal
 * data. Returns the function that detaches the listeners.
 */
export function traceSqlStatements(db: Knex, tracer: Tracer, system: string): () => void {
  const open = new Map<unknown, Span>();
  const onQuery = (query: QueryEvent) => {
    const parent = requestTraces.getStore()?.span;
    if (parent == null || typeof query.sql !== 'string') return;
    const { operation, table } = summarizeSql(query.sql);
    const span = tracer.startSpan(
      table === null ? operation : `${operation} ${table}`,
      {
        kind: SpanKind.CLIENT,
        attributes: {
          'db.system.name': system,
          'db.operation.name': operation,
          ...(table === null ? {} : { 'db.collection.name': table }),
        },
      },
      trace.setSpan(ROOT_CONTEXT, parent),
    );
    open.set(query.__knexQueryUid, span);
  };
  const onEnd = (error: unknown, query: QueryEvent | undefined) => {
    const span = open.get(query?.__knexQueryUid);
    if (span === undefined) return;
    open.delete(query?.__knexQueryUid);
    if (error !== null) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  };
  // knex emits `query-response` with (response, query) and `query-error` with (error, query).
  const onResponse = (_response: unknown, query: QueryEvent) => onEnd(null, query);
  const onError = (error: unknown, query: QueryEvent) => onEnd(error ?? true, query);
  db.on('query', onQuery).on('query-response', onResponse).on('query-error', onError);
  return () => {
    db.off('query', onQuery).off('query-response', onResponse).off('query-error', onError);
    for (const span of open.values()) span.end();
    open.clear();
  };
}
