import {
  REGISTRY_API,
  type CheckRequest,
  type CheckResponse,
  type PublishRequest,
  type PublishResponse,
  type RegistryApiError,
  type SubgraphsResponse,
} from './registryApi.ts';

/** A registry answer: its value, or the coded refusal it sent. */
export type ApiResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: RegistryApiError };

/** The schema registry's HTTP API as calls. */
export interface RegistryClient {
  subgraphs(): Promise<ApiResult<SubgraphsResponse>>;
  check(request: CheckRequest): Promise<ApiResult<CheckResponse>>;
  publish(request: PublishRequest): Promise<ApiResult<PublishResponse>>;
}

function isApiError(value: unknown): value is { error: RegistryApiError } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const { error } = value;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

/**
 * A client of the registry at `registry` (its base URL) with a publisher token. Refusals the
 * registry words come back as `{ ok: false }`; an unreachable registry or an answer that is
 * not the API's throws, since then nothing about the schema is known.
 */
export function createRegistryClient({
  registry,
  token,
}: {
  readonly registry: string;
  readonly token: string;
}): RegistryClient {
  const call = async <T>(path: string, body?: unknown): Promise<ApiResult<T>> => {
    const url = new URL(path, registry.endsWith('/') ? registry : `${registry}/`);
    const response = await fetch(url, {
      method: body === undefined ? 'GET' : 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(
        `${url.href} answered ${response.status} with no JSON: ${text.slice(0, 200)}`,
      );
    }
    if (response.ok) return { ok: true, value: parsed as T };
    if (isApiError(parsed)) return { ok: false, error: parsed.error };
    throw new Error(`${url.href} answered ${response.status}: ${text.slice(0, 200)}`);
  };
  return {
    // Relative paths: a registry behind a path prefix (https://host/registry/) keeps it.
    subgraphs: () => call<SubgraphsResponse>(REGISTRY_API.subgraphs.slice(1)),
    check: (request) => call<CheckResponse>(REGISTRY_API.check.slice(1), request),
    publish: (request) => call<PublishResponse>(REGISTRY_API.publish.slice(1), request),
  };
}
