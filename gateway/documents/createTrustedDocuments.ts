import type { DocumentResolver } from '@dost/platform/createGraphQLHandler.ts';
import type { Logger } from '@dost/platform/createLogger.ts';
import { ERRORS } from '@dost/platform/errors.ts';
import { ROLES, type Role } from '@dost/platform/roles.ts';
import type { ManifestReader } from '@dost/schema-registry';
import type { DocumentManifest } from '@dost/schema-registry';
import type { DocumentPreparation, ServedSchema } from './createDocumentPreparation.ts';
import { checkManifest, type DocumentChecks } from './loadManifest.ts';
import { resolvePersistedDocument } from './resolvePersistedDocument.ts';

export interface TrustedDocumentsOptions {
  /**
   * The committed manifest (clients/generated/persisted-documents.json): served while the
   * registry holds none that passes the checks. @default {} (no documents)
   */
  readonly manifest?: DocumentManifest;
  /**
   * Roles that may send operation text outside the manifest; every other role sends ids only.
   * @default every role (development); production sets DOST_FREEFORM_ROLES, none by default
   */
  readonly freeformRoles?: readonly Role[];
  /** Follow the manifests published to the schema registry (`npm run documents:publish`). */
  readonly registry?: { readonly reader: ManifestReader; readonly pollMs: number };
}

/** The gateway's trusted documents: the manifest served by id and the per-role policy. */
export interface TrustedDocuments {
  /** For the HTTP handler: a document id becomes its text, or a coded refusal. */
  readonly resolve: DocumentResolver;
  /** Throws PERSISTED_QUERY_REQUIRED when `role` sent text but may send ids only. */
  admit(role: Role, documentId: string | null): void;
  /**
   * Checks the served manifest against a new API schema (gateway load or reload), then
   * prepares it for that schema and supergraph.
   */
  schemaChanged(served: ServedSchema): void;
  /** The registry version served; null while the committed manifest is. */
  version(): number | null;
  /** Resolves once the registry has been read once (at once without a registry). */
  ready(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Serves a manifest that passed `checks` against the schema served: the committed one, then
 * the registry's newest, polled every `pollMs` like the supergraph, so that every replica
 * serves the same documents within a poll. A manifest that fails is logged and not served;
 * the one served stays.
 */
export function createTrustedDocuments(
  options: TrustedDocumentsOptions,
  {
    checks,
    log,
    preparation,
  }: { checks: DocumentChecks; log: Logger; preparation?: DocumentPreparation },
): TrustedDocuments {
  const docLog = log.child({ component: 'trusted-documents' });
  const freeform = new Set<Role>(options.freeformRoles ?? ROLES);
  let served: { version: number | null; documents: DocumentManifest } = {
    version: null,
    documents: options.manifest ?? {},
  };
  let pending: { version: number | null; documents: DocumentManifest } | null = null;
  let schema: ServedSchema | null = null;
  let rejected: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let polling: Promise<void> = Promise.resolve();

  /** Serves `candidate` if it passes against the current schema; false (logged) if not. */
  const offer = (candidate: { version: number | null; documents: DocumentManifest }): boolean => {
    if (schema === null) {
      // Not loaded yet: checked when the gateway hands over its schema.
      pending = candidate;
      return true;
    }
    const problems = checkManifest(candidate.documents, schema.apiSchema, checks);
    if (problems.length > 0) {
      if (candidate.version !== null) rejected = candidate.version;
      docLog.error(
        { version: candidate.version, serving: served.version, problems: problems.slice(0, 20) },
        'document manifest refused: not every document passes against the schema served',
      );
      return false;
    }
    const previous = served.version;
    served = candidate;
    preparation?.prepare(served.documents, schema);
    docLog.info(
      { version: candidate.version, previous, documents: Object.keys(candidate.documents).length },
      'document manifest loaded',
    );
    return true;
  };

  const poll = async () => {
    const registry = options.registry;
    if (registry === undefined) return;
    try {
      const latest = await registry.reader.latestManifestVersion();
      if (latest === null || latest === served.version || latest === rejected) return;
      const record = await registry.reader.latestManifest();
      if (record !== null && !stopped) offer(record);
    } catch (error) {
      docLog.warn({ serving: served.version, err: error }, 'document manifests unreadable');
    }
  };

  const schedule = () => {
    const registry = options.registry;
    if (registry === undefined || stopped) return;
    timer = setTimeout(() => {
      polling = poll().finally(schedule);
    }, registry.pollMs);
    timer.unref();
  };
  // The first read runs at once, so that a replica starts on the published manifest.
  const first = poll();
  polling = first.finally(schedule);

  return {
    resolve: (request) => resolvePersistedDocument(request, served.documents),
    admit(role, documentId) {
      if (documentId === null && !freeform.has(role))
        throw ERRORS.PERSISTED_QUERY_REQUIRED.refuse();
    },
    schemaChanged(next) {
      schema = next;
      const candidate = pending ?? served;
      pending = null;
      // A reload that breaks the served manifest leaves it served: each such request then
      // fails validation on its own, which names the field, rather than every id failing.
      if (!offer(candidate) && (candidate === served || !offer(served))) {
        // Served on, unchecked: prepared too, each document that still passes.
        preparation?.prepare(served.documents, next);
      }
    },
    version: () => served.version,
    ready: () => first,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await polling;
    },
  };
}
