import { buildSchema } from 'graphql';
import type { ManifestStore } from '@dost/schema-registry';
import type { DocumentManifest } from '@dost/schema-registry';
import { checkManifest } from '../../gateway/documents/loadManifest.ts';
import { apiSchemaSdl } from './apiSchemaSdl.ts';

export type PublishOutcome =
  | { ok: true; version: number; documents: number; recorded: boolean }
  | { ok: false; problems: readonly string[] };

/**
 * Publishes a manifest for every gateway following the registry. By default the newest
 * published documents stay (ids are content hashes, so a union never conflicts): browsers
 * still running the previous release keep working; `replace` drops them. Every document is
 * checked against the API schema of `supergraphSdl` first, as each gateway will again.
 */
export async function publishManifest({
  store,
  documents,
  supergraphSdl,
  replace,
  publishedBy,
}: {
  store: ManifestStore;
  documents: DocumentManifest;
  supergraphSdl: string;
  replace: boolean;
  publishedBy: string;
}): Promise<PublishOutcome> {
  const schema = buildSchema(apiSchemaSdl(supergraphSdl));
  const problems = checkManifest(documents, schema, { parseOptions: {}, validationRules: [] });
  if (problems.length > 0) return { ok: false, problems };
  for (let attempt = 0; attempt < 3; attempt++) {
    const latest = await store.latestManifest();
    const merged = replace ? documents : { ...latest?.documents, ...documents };
    const unchanged =
      latest !== null && sameKeys(latest.documents, merged) && sameKeys(merged, latest.documents);
    if (unchanged) {
      return { ok: true, version: latest.version, documents: count(merged), recorded: false };
    }
    const recorded = await store.recordManifest({
      documents: merged,
      basedOn: latest?.version ?? null,
      publishedBy,
    });
    if (recorded.ok)
      return { ok: true, version: recorded.version, documents: count(merged), recorded: true };
  }
  return { ok: false, problems: ['another publish kept claiming the next version; try again'] };
}

/** Ids are the documents' hashes, so the same ids mean the same documents. */
function sameKeys(a: DocumentManifest, b: DocumentManifest): boolean {
  return Object.keys(a).every((id) => Object.hasOwn(b, id));
}

function count(documents: DocumentManifest): number {
  return Object.keys(documents).length;
}
