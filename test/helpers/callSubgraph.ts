import { randomUUID } from 'node:crypto';
import { getGlobalDispatcher, request, type Dispatcher } from 'undici';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';
import { INTERNAL_TOKEN_HEADER, signInternalToken } from '@dost/platform/internalToken.ts';
import type { Identity } from '@dost/platform/roles.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly data?: T | null;
  readonly errors?: {
    message: string;
    path?: (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** The `extensions.code` of each error, in order; empty when the call had none. */
export function errorCodes(result: GraphQLResponse<unknown>): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.['code'] as string | undefined);
}

/** Identity of a DOST operator at a centre, with a purpose, for tests. */
export function operator(overrides: Partial<Identity> = {}): Identity {
  return {
    actor: 'op-17',
    role: 'operator',
    fin: null,
    centre: 'baku-1',
    agency: null,
    scopes: [],
    purpose: 'SERVICE_APPLICATION:APP-2026-000123',
    requestId: randomUUID(),
    ...overrides,
  };
}

/**
 * Posts an operation straight to a subgraph, MAC'd with `key` as the gateway would; over
 * `dispatcher` (e.g. one with the gateway's client certificate) when the subgraph is https.
 */
export async function callSubgraph<T = Record<string, unknown>>(
  url: string,
  { query, variables }: { query: string; variables?: Record<string, unknown> },
  signing: { key: InternalCallKey; audience: string; identity: Identity } | null,
  dispatcher: Dispatcher = getGlobalDispatcher(),
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const body = JSON.stringify({ query, variables });
  if (signing !== null) {
    headers[INTERNAL_TOKEN_HEADER] = signInternalToken(signing.identity, {
      key: signing.key,
      audience: signing.audience,
      body,
    });
  }
  const response = await request(url, { dispatcher, method: 'POST', headers, body });
  const answer = (await response.body.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.statusCode, ...answer };
}
