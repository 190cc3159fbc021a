import { Writable } from 'node:stream';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '@dost/platform/errors.ts';
import { maskError } from '@dost/platform/maskError.ts';
import { tagErrorRequestId } from '@dost/platform/requestId/requestIds.ts';
import { tagErrorsWithRequestId } from '@dost/platform/requestId/tagErrorsWithRequestId.ts';

function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { log: pino({ level: 'error' }, stream), lines };
}

const LEAKS = /select|sqlite|mysql|http:\/\/127\.|stack|at Object|\.ts:\d+/i;

describe('maskError', () => {
  it('masks an unregistered error as INTERNAL and logs the detail under the request id', async () => {
    const { log, lines } = capturingLogger();
    const error = new GraphQLError(
      'SQLITE_ERROR: select * from x where fin = ? at http://127.0.0.1:4004',
      {
        extensions: {
          code: 'SQLITE_ERROR',
          stacktrace: ['at Object.<anonymous> (registry.ts:12)'],
        },
      },
    );
    tagErrorRequestId([error], 'req-mask-0001');
    const masked = maskError(error.toJSON(), error, log);
    expect(masked).toEqual({
      message: ERRORS.INTERNAL.description,
      extensions: { code: 'INTERNAL' },
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ requestId: 'req-mask-0001', msg: 'masked internal error' });
    expect(JSON.stringify(lines[0])).toContain('SQLITE_ERROR');
  });

  it('keeps a registered code but drops every extension not meant for clients', () => {
    const { log } = capturingLogger();
    // @apollo/gateway's error for a subgraph's 401 carries the subgraph's URL and body.
    const formatted: GraphQLFormattedError = {
      message: '401: Unauthorized',
      extensions: {
        code: 'UNAUTHENTICATED',
        response: { url: 'http://127.0.0.1:4001/graphql', body: { errors: [] } },
        serviceName: 'people',
        stacktrace: ['Error: at x.ts:1'],
      },
    };
    const result = maskError(formatted, new Error('x'), log);
    expect(result.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify(result)).not.toMatch(LEAKS);
  });

  it('shows INTERNAL with its fixed wording even when a subgraph sent text with it', () => {
    const { log } = capturingLogger();
    const result = maskError(
      { message: 'ER_PARSE_ERROR near "select"', extensions: { code: 'INTERNAL' } },
      new Error('x'),
      log,
    );
    expect(result.message).toBe(ERRORS.INTERNAL.description);
  });

  it('recovers the code of a registered error that Apollo wrapped as a validation failure', () => {
    const { log } = capturingLogger();
    const original = ERRORS.QUERY_TOO_DEEP.err('The operation nested deeper than 2 levels.');
    const wrapped = new GraphQLError(original.message, {
      originalError: original,
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(maskError(wrapped.toJSON(), wrapped, log).extensions?.['code']).toBe('QUERY_TOO_DEEP');
  });

  it('removes "Did you mean" hints from any message it lets through', () => {
    const { log } = capturingLogger();
    const result = maskError(
      {
        message:
          'Value "FEMAL" does not exist in "Sex" enum. Did you mean the enum value "FEMALE"?',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      new Error('x'),
      log,
    );
    expect(result.message).toBe('Value "FEMAL" does not exist in "Sex" enum.');
  });
});

describe('tagErrorsWithRequestId', () => {
  it('adds the id to every error that lacks one and leaves other bodies alone', () => {
    const body = JSON.stringify({
      errors: [{ message: 'a' }, { message: 'b', extensions: { requestId: 'x' } }],
    });
    expect(JSON.parse(tagErrorsWithRequestId(body, 'rid-00000001'))).toEqual({
      errors: [
        { message: 'a', extensions: { requestId: 'rid-00000001' } },
        { message: 'b', extensions: { requestId: 'x' } },
      ],
    });
    expect(tagErrorsWithRequestId('not json', 'rid')).toBe('not json');
    expect(tagErrorsWithRequestId('{"data":{}}', 'rid')).toBe('{"data":{}}');
  });
});
