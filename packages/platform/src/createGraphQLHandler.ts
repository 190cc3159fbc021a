import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { compressBody, negotiateEncoding, type CompressionOptions } from './compressBody.ts';
import { applyCors, type CorsOptions } from './cors.ts';
import { ERRORS, type ErrorDefinition } from './errors.ts';
import { firstErrorCode } from './firstErrorCode.ts';
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
  /** Browser apps on other origins; none listed, no CORS headers at all. @default { origins: [] } */
  cors?: CorsOptions;
  /** gzip/br answers to clients that accept them; `false` turns it off. @default {} */
  compression?: CompressionOptions | false;
  /**
   * Turns a request that names a persisted document (by id) into one that carries it, or
   * refuses it, before the context is built. @default undefined (ids are not understood)
   */
  resolveDocument?: DocumentResolver;
  /**
   * Told of each refusal before execution (bad body, unknown document, CSRF, 401, 403, 429)
   * with its code (null if the answer has none); what it returns goes in the errors'
   * extensions beside the request id, as plugins add to executed requests' errors: the
   * gateway's trace id. @default none
   */
  onRefusal?: (req: IncomingMessage, code: string | null) => Readonly<Record<string, string>>;
}

/** The GraphQL request as received: the parsed JSON body (POST) or the URL's query (GET). */
export interface GraphQLRequestParts {
  readonly body: unknown;
  readonly search: string;
}

/** A request with its persisted document put in, or the refusal of an id. */
export type DocumentResolution =
  | (GraphQLRequestParts & { readonly ok: true; readonly documentId: string | null })
  | { readonly ok: false; readonly error: ErrorDefinition; readonly message?: string };

export type DocumentResolver = (request: GraphQLRequestParts) => DocumentResolution;

/** What the HTTP edge knows of a request before its context is built. */
export interface RequestScope {
  readonly requestId: string;
  readonly correlationId: string | null;
  readonly body: string;
  /** The persisted document's id when the request named one; null when it sent text. */
  readonly documentId: string | null;
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
    if (applyCors(req, res, options.cors ?? NO_CORS)) return Promise.resolve(true);
    return serve(options, req, res, url, requestId);
  };
}

const NO_CORS: CorsOptions = { origins: [] };
/** Below about a kilobyte, compression saves less than its framing and CPU cost. */
const DEFAULT_MIN_COMPRESS_BYTES = 1024;

async function serve<TContext extends BaseContext>(
  {
    server,
    context,
    bodyLimit = 102_400,
    resolveDocument,
    compression,
    onRefusal,
  }: GraphQLHandlerOptions<TContext>,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  requestId: string,
): Promise<true> {
  const refused = (code: string | null) => onRefusal?.(req, code) ?? {};
  const body = await readBody(req, bodyLimit);
  if (!body.ok) {
    // The rest of an oversized body is not worth reading: close the connection instead.
    if (body.error === ERRORS.PAYLOAD_TOO_LARGE) res.shouldKeepAlive = false;
    sendError(res, body.error, {
      message: body.message,
      requestId,
      extensions: refused(body.error.code),
    });
    return true;
  }
  const parsed = parseBody(req, body.text);
  if (parsed === INVALID_JSON) {
    sendError(res, ERRORS.BAD_REQUEST, {
      message: 'The request body is not valid JSON.',
      requestId,
      extensions: refused(ERRORS.BAD_REQUEST.code),
    });
    return true;
  }
  const resolved = resolveDocument?.({ body: parsed, search: url.search }) ?? {
    ok: true,
    body: parsed,
    search: url.search,
    documentId: null,
  };
  if (!resolved.ok) {
    sendError(res, resolved.error, {
      message: resolved.message,
      requestId,
      extensions: refused(resolved.error.code),
    });
    return true;
  }
  const { documentId } = resolved;
  const response = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method?.toUpperCase() ?? 'GET',
      headers: toHeaderMap(req),
      search: resolved.search,
      body: resolved.body,
    },
    context: () =>
      context(req, { requestId, correlationId: correlationIdOf(req), body: body.text, documentId }),
  });
  const status = response.status ?? 200;
  res.statusCode = status;
  for (const [name, value] of response.headers) res.setHeader(name, value);
  if (response.body.kind === 'complete') {
    // Refusals before execution (CSRF, 401, 429, ...) never reach the plugins that tag errors.
    const text =
      status >= 400
        ? tagErrorsWithRequestId(
            response.body.string,
            requestId,
            refused(firstErrorCode(response.body.string)),
          )
        : response.body.string;
    await sendText(req, res, text, compression === false ? null : (compression ?? {}));
    return true;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
  return true;
}

/** Ends the response with `text`, compressed when it is long enough and the client accepts it. */
async function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  text: string,
  compression: CompressionOptions | null,
): Promise<void> {
  const minBytes = compression?.minBytes ?? DEFAULT_MIN_COMPRESS_BYTES;
  if (compression === null || Buffer.byteLength(text) < minBytes) {
    res.end(text);
    return;
  }
  // Whether an answer is compressed depends on Accept-Encoding, so caches must key on it.
  res.appendHeader('vary', 'Accept-Encoding');
  const encoding = negotiateEncoding(req.headers['accept-encoding']);
  if (encoding === null) {
    res.end(text);
    return;
  }
  const compressed = await compressBody(text, encoding);
  res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', compressed.length);
  res.end(compressed);
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
  {
    message,
    requestId,
    extensions = {},
  }: {
    message?: string;
    requestId?: string;
    /** More to say in each error's extensions (refusalExtensions); code and id win. */
    extensions?: Readonly<Record<string, string>>;
  } = {},
): void {
  res.statusCode = error.httpStatus;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  if (requestId !== undefined) res.setHeader('x-request-id', requestId);
  res.end(
    JSON.stringify({
      errors: [
        {
          message: message ?? error.description,
          extensions: {
            ...extensions,
            code: error.code,
            ...(requestId === undefined ? {} : { requestId }),
          },
        },
      ],
    }),
  );
}
