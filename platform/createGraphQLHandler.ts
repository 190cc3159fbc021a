import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { ERRORS, type ErrorDefinition } from './errors.ts';
import { readBody } from './readBody.ts';

export interface GraphQLHandlerOptions<TContext extends BaseContext> {
  server: ApolloServer<TContext>;
  /** Builds the per-request context; a thrown GraphQLError ends the request with its status. */
  context: (req: IncomingMessage) => Promise<TContext>;
  /** @default '/graphql' */
  path?: string;
  /** Largest accepted request body in bytes; larger bodies get 413. @default 102_400 */
  bodyLimit?: number;
}

/** Answers GraphQL over HTTP for one path; resolves false when the URL is not that path. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

/** Adapts an Apollo Server to plain `node:http`, with a body limit and JSON parsing. */
export function createGraphQLHandler<TContext extends BaseContext>({
  server,
  context,
  path = '/graphql',
  bodyLimit = 102_400,
}: GraphQLHandlerOptions<TContext>): RequestHandler {
  return async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== path) return false;
    const body = await readBody(req, bodyLimit);
    if (!body.ok) {
      sendError(res, body.error);
      return true;
    }
    const parsed = parseBody(req, body.text);
    if (parsed === INVALID_JSON) {
      sendError(res, ERRORS.BAD_REQUEST, 'The request body is not valid JSON.');
      return true;
    }
    const response = await server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method?.toUpperCase() ?? 'GET',
        headers: toHeaderMap(req),
        search: url.search,
        body: parsed,
      },
      context: () => context(req),
    });
    res.statusCode = response.status ?? 200;
    for (const [name, value] of response.headers) res.setHeader(name, value);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
      return true;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
    return true;
  };
}

const INVALID_JSON = Symbol('invalid JSON');

function parseBody(req: IncomingMessage, text: string): unknown {
  if (text === '') return undefined;
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID_JSON;
  }
}

function toHeaderMap(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Writes a GraphQL-shaped error response for failures that happen before execution. */
export function sendError(res: ServerResponse, error: ErrorDefinition, message?: string): void {
  res.statusCode = error.httpStatus;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(
    JSON.stringify({
      errors: [{ message: message ?? error.description, extensions: { code: error.code } }],
    }),
  );
}
