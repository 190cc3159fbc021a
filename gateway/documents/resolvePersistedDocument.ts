import type {
  DocumentResolution,
  GraphQLRequestParts,
} from '@dost/platform/createGraphQLHandler.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import type { DocumentManifest } from '@dost/schema-registry';

type Body = Record<string, unknown>;

/**
 * Puts a persisted document into a request that names one, by GraphQL-over-HTTP's
 * `documentId` (`sha256:<hex>` or bare hex) or Apollo's `extensions.persistedQuery.sha256Hash`,
 * in a POST body or a GET query string. A request that names none passes unchanged (its
 * text is then subject to the role's policy); an id the manifest lacks is refused.
 */
export function resolvePersistedDocument(
  request: GraphQLRequestParts,
  manifest: DocumentManifest,
): DocumentResolution {
  if (isBody(request.body)) {
    const named = namedDocument(request.body);
    if (named === null) {
      return { ok: true, body: withoutHash(request.body), search: '', documentId: null };
    }
    if (!named.ok) return named;
    const document = lookUp(manifest, named.id);
    if (!document.ok) return document;
    return {
      ok: true,
      body: withDocument(request.body, document.text),
      search: '',
      documentId: named.id,
    };
  }
  if (request.body !== undefined || request.search === '') {
    return { ok: true, ...request, documentId: null };
  }
  return resolveSearch(request.search, manifest);
}

/** A GET request's query string: the same two spellings, as URL parameters. */
function resolveSearch(search: string, manifest: DocumentManifest): DocumentResolution {
  const params = new URLSearchParams(search);
  const extensions = params.get('extensions');
  let parsedExtensions: unknown;
  try {
    parsedExtensions = extensions === null ? undefined : (JSON.parse(extensions) as unknown);
  } catch {
    // Apollo answers a malformed `extensions` itself.
    return { ok: true, body: undefined, search, documentId: null };
  }
  const named = namedDocument({
    documentId: params.get('documentId') ?? undefined,
    query: params.get('query') ?? undefined,
    extensions: parsedExtensions,
  });
  if (named !== null && !named.ok) return named;
  const document = named === null ? null : lookUp(manifest, named.id);
  if (document !== null && !document.ok) return document;
  if (document === null && parsedExtensions === undefined) {
    return { ok: true, body: undefined, search, documentId: null };
  }
  params.delete('documentId');
  if (document !== null) params.set('query', document.text);
  const rest = isBody(parsedExtensions) ? withoutPersistedQuery(parsedExtensions) : undefined;
  if (rest === undefined) params.delete('extensions');
  else params.set('extensions', JSON.stringify(rest));
  return {
    ok: true,
    body: undefined,
    search: `?${params.toString()}`,
    documentId: named?.id ?? null,
  };
}

type Named =
  { ok: true; id: string } | { ok: false; error: typeof ERRORS.BAD_REQUEST; message: string };

/** The id a request names, null when it names none, or why it is malformed. */
function namedDocument(body: Body): Named | null {
  const documentId = body['documentId'];
  const extensions = isBody(body['extensions']) ? body['extensions'] : {};
  const persisted = isBody(extensions['persistedQuery']) ? extensions['persistedQuery'] : null;
  const hash = persisted?.['sha256Hash'];
  const hasText = typeof body['query'] === 'string' && body['query'] !== '';
  if (documentId === undefined && hash === undefined) return null;
  // Apollo's APQ sends its hash beside the text to register it: the text is what counts,
  // and nothing is registered (the manifest is the only source of documents).
  if (documentId === undefined && hasText) return null;
  if (hasText) return malformed('Send either documentId or query, not both.');
  const id = documentId ?? hash;
  if (typeof id !== 'string') return malformed('A document id is a string.');
  const hex = id.startsWith('sha256:') ? id.slice('sha256:'.length) : id;
  if (!/^[0-9a-f]{64}$/.test(hex)) return malformed('A document id is sha256:<64 hex digits>.');
  return { ok: true, id: hex };
}

function malformed(message: string): Named {
  return { ok: false, error: ERRORS.BAD_REQUEST, message };
}

function lookUp(
  manifest: DocumentManifest,
  id: string,
): { ok: true; text: string } | { ok: false; error: typeof ERRORS.PERSISTED_QUERY_NOT_FOUND } {
  const text = Object.hasOwn(manifest, id) ? manifest[id] : undefined;
  return text === undefined
    ? { ok: false, error: ERRORS.PERSISTED_QUERY_NOT_FOUND }
    : { ok: true, text };
}

/** Text sent with an APQ hash: the text is served, the hash dropped (nothing is registered). */
function withoutHash(body: Body): Body {
  const { extensions, ...rest } = body;
  if (!isBody(extensions)) return body;
  const kept = withoutPersistedQuery(extensions);
  return { ...rest, ...(kept === undefined ? {} : { extensions: kept }) };
}

function withDocument(body: Body, query: string): Body {
  const { documentId: _id, extensions, ...rest } = body;
  const kept = isBody(extensions) ? withoutPersistedQuery(extensions) : undefined;
  return { ...rest, query, ...(kept === undefined ? {} : { extensions: kept }) };
}

/**
 * Apollo's own APQ is off (`persistedQueries: false`) and refuses any request still carrying
 * the extension, so it goes once the document is in.
 */
function withoutPersistedQuery(extensions: Body): Body | undefined {
  const { persistedQuery: _pq, ...rest } = extensions;
  return Object.keys(rest).length === 0 ? undefined : rest;
}

function isBody(value: unknown): value is Body {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
