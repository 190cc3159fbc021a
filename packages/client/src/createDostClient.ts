import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DostResult } from './DostResult.ts';
import { networkError, toDostError } from './toDostError.ts';

export interface DostClientOptions {
  /** The gateway's GraphQL endpoint: absolute, or a path such as `/graphql` in a browser. */
  readonly url: string;
  /** The bearer token, read before every request (sign-in may change it). */
  readonly token?: () => string | null | undefined;
  /** Staff's purpose, `LEGAL_BASIS:case-reference`, read before every request. */
  readonly purpose?: () => string | null | undefined;
  /** @default globalThis.fetch (browsers, Node 18+) */
  readonly fetch?: typeof fetch;
}

/** Variables may be left out when the operation needs none. */
type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface DostClient {
  /**
   * Runs a generated document (clients/generated) by its trusted id; resolves to data or to
   * coded errors, never rejects for an answer.
   */
  execute<TData, TVariables>(
    document: TypedDocumentNode<TData, TVariables>,
    ...args: VariablesArgs<TVariables>
  ): Promise<DostResult<TData>>;
}

/** A fetch-based client that sends document ids, never operation text. */
export function createDostClient(options: DostClientOptions): DostClient {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async execute(document, ...[variables]) {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      };
      const token = options.token?.();
      const purpose = options.purpose?.();
      if (token != null && token !== '') headers['authorization'] = `Bearer ${token}`;
      if (purpose != null && purpose !== '') headers['x-dost-purpose'] = purpose;
      const body = JSON.stringify({ documentId: `sha256:${documentIdOf(document)}`, variables });
      let response: Response;
      try {
        response = await send(options.url, { method: 'POST', headers, body });
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return failure(networkError(`The gateway could not be reached: ${why}`), 0, null);
      }
      return readResult(response);
    },
  };
}

/** The sha256 id codegen's client preset puts on each document (`__meta__.hash`). */
function documentIdOf(document: object): string {
  const meta: unknown = (document as { __meta__?: unknown }).__meta__;
  const hash: unknown =
    typeof meta === 'object' && meta !== null ? (meta as { hash?: unknown }).hash : undefined;
  if (typeof hash !== 'string') {
    throw new TypeError('Not a trusted document: generate it with npm run codegen.');
  }
  return hash;
}

async function readResult<TData>(response: Response): Promise<DostResult<TData>> {
  const requestId = response.headers.get('x-request-id');
  let payload: unknown;
  try {
    payload = await response.json();
  } catch {
    const error = networkError(
      `The gateway answered ${String(response.status)} with no GraphQL body.`,
    );
    return failure(error, response.status, requestId);
  }
  const body =
    typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {};
  const errors = Array.isArray(body['errors']) ? body['errors'].map(toDostError) : [];
  const data = body['data'];
  if (typeof data === 'object' && data !== null) {
    return { ok: true, data: data as TData, partial: errors.length > 0, errors, requestId };
  }
  const first =
    errors[0] ?? networkError(`The gateway answered ${String(response.status)} with no data.`);
  return failure(first, response.status, requestId, errors);
}

function failure<TData>(
  error: ReturnType<typeof networkError>,
  status: number,
  requestId: string | null,
  errors: readonly ReturnType<typeof networkError>[] = [error],
): DostResult<TData> {
  return { ok: false, error, errors, status, requestId };
}
