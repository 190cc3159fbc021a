import type { GraphQLDataSource } from '@apollo/gateway';
import type { Dispatcher } from 'undici';
import { BadResponse } from './BadResponse.ts';

/** What a subgraph call resolves to: the subgraph's `{ data, errors, extensions }`. */
export type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/** Where a subgraph answers, split once as undici's `request()` takes it. */
export interface SubgraphTarget {
  readonly origin: string;
  /** Path and query string. */
  readonly path: string;
}

export interface SubgraphRequest {
  readonly headers: Record<string, string>;
  /** The JSON-encoded `{ query, variables, operationName }`. */
  readonly body: string;
  /** Ends the call, the reading of the answer included, and frees its socket. */
  readonly signal: AbortSignal;
}

/**
 * POSTs one GraphQL request over the keep-alive pool with undici's low-level `request()`:
 * no WHATWG Request, Headers or body streams per call. A non-2xx answer's body is drained
 * (so the connection can be reused) and dropped; it is never shown. Redirects are not
 * followed: a subgraph never redirects, and the signed token must not travel elsewhere.
 */
export async function sendSubgraphRequest(
  dispatcher: Dispatcher,
  target: SubgraphTarget,
  { headers, body, signal }: SubgraphRequest,
): Promise<SubgraphResponse> {
  const answer = await dispatcher.request({
    origin: target.origin,
    path: target.path,
    method: 'POST',
    headers,
    body,
    signal,
  });
  if (answer.statusCode < 200 || answer.statusCode > 299) {
    await drain(answer.body);
    throw new BadResponse(`subgraph answered HTTP ${answer.statusCode}`);
  }
  if (!isJsonMediaType(answer.headers['content-type'])) {
    await drain(answer.body);
    throw new BadResponse('subgraph answered without a JSON body');
  }
  return parseGraphQLResponse(await answer.body.text());
}

async function drain(body: Dispatcher.ResponseData['body']): Promise<void> {
  // A failed drain only costs the socket, which undici then closes.
  await body.dump().catch(() => undefined);
}

function isJsonMediaType(contentType: string | string[] | undefined): boolean {
  return (
    typeof contentType === 'string' &&
    (contentType.startsWith('application/json') ||
      contentType.startsWith('application/graphql-response+json'))
  );
}

function parseGraphQLResponse(text: string): SubgraphResponse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BadResponse('subgraph answered with malformed JSON');
  }
  if (!isGraphQLResponse(parsed)) throw new BadResponse('subgraph answered no GraphQL response');
  return parsed;
}

/** The shape @apollo/gateway's executor relies on: `errors` it maps, `data` it merges. */
function isGraphQLResponse(value: unknown): value is SubgraphResponse {
  if (!isRecord(value)) return false;
  const { data, errors, extensions } = value;
  return (
    (data == null || isRecord(data)) &&
    (errors === undefined || Array.isArray(errors)) &&
    (extensions === undefined || isRecord(extensions))
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
