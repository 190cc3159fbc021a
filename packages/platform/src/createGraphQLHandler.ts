import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ERRORS, type ErrorDefinition } from './errors.ts';
import { readBody } from './readBody.ts';
import { correlationIdOf, requestIdOf } from './requestId/requestIds.ts';
import { tagErrorsWithRequestId } from './requestId/tagErrorsWithRequestId.ts';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /**
   * Builds the per-request context; a thrown GraphQLError ends the request with its status.
   * `requestId` is the id this response carries in `x-request-id` and in its errors, and
   * `correlationId` the caller's own, if any (requestId/); `body` is the request body
   * exactly as received (a subgraph checks its token was signed for it).
   */
  context: (req: IncomingMessage, scope: RequestScope) => Promise<TContext>;
  /** @default '/graphql' */
  path?: string;
  /** Largest accepted request body in bytes; larger bodies get 413. @default 102_400 */
  bodyLimit?: number;
}

/** What the HTTP edge knows of a request before its context is built. */
export interface RequestScope {
  readonly requestId: string;
  readonly correlationId: string | null;
  readonly body: string;
}

/** Answers GraphQL over HTTP for one path; resolves false when the URL is not that path. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/**
 * Adapts an Apollo Server to plain `node:http`, with a body limit and JSON parsing. Every
 * answer, refusals before execution included, carries the request id in `x-request-id`
 * and in each error's `extensions.requestId`.
 */
export function createGraphQLHandler<TContext extends BaseContext>(
  options: GraphQLHandlerOptions<TContext>,
): RequestHandler {
  const path = options.path ?? '/graphql';
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return Promise.resolve(false);
    const requestId = requestIdOf(req);
    res.setHeader('x-request-id', requestId);
    return serve(options, req, res, url, requestId);
  };
}

async function serve<TContext extends BaseContext>(
  { server, context, bodyLimit = 102_400 }: GraphQLHandlerOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  requestId: string,
): Promise<true> {
  const body = await readBody(req, bodyLimit);
  if (!body.ok) {
    // The rest of an oversized body is not worth reading: close the connection instead.
    if (body.error === ERRORS.PAYLOAD_TOO_LARGE) res.shouldKeepAlive = false;
    sendError(res, body.error, { message: body.message, requestId });
    return true;
  }
  const parsed = parseBody(req, body.text);
  if (parsed === INVALID_JSON) {
    sendError(res, ERRORS.BAD_REQUEST, {
      message: 'The request body is not valid JSON.',
      requestId,
    });
    return true;
  }
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method?.toUpperCase() ?? 'GET',
      headers: toHeaderMap(req),
      search: url.search,
      body: parsed,
    },
    context: () =>
      context(req, { requestId, correlationId: correlationIdOf(req), body: body.text }),
  });
  const status = response.status ?? 200;
  res.statusCode = status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (response.body.kind === 'complete') {
    // Refusals before execution (CSRF, 401, 429, ...) never reach the plugins that tag errors.
    res.end(
      status >= 400
        ? tagErrorsWithRequestId(response.body.string, requestId)
        : response.body.string,
    );
    return true;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return true;
}

const INVALID_JSON = Symbol('invalid JSON');

function parseBody(req: IncomingMessage, text: string): unknown {
  if (text === '') return undefined;
  if (!isJsonMediaType(req.headers['content-type'])) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

/** `application/json` or a `+json` type, parameters aside; anything else is not parsed. */
function isJsonMediaType(header: string | undefined): boolean {
  const essence = (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return essence === 'application/json' || /^application\/[\w.-]+\+json$/.test(essence);
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Writes a GraphQL-shaped error response for failures that happen before execution. */
export function sendError(
  res: ServerResponse,
  error: ErrorDefinition,
  { message, requestId }: { message?: string; requestId?: string } = {},
): void {
  res.statusCode = error.httpStatus;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  if (requestId !== undefined) res.setHeader('x-request-id', requestId);
  res.end(
    JSON.stringify({
      errors: [
        {
          message: message ?? error.description,
          extensions: { code: error.code, ...(requestId === undefined ? {} : { requestId }) },
        },
      ],
    }),
  );
}
