import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { DocumentManifest, ManifestRecord } from './DocumentManifest.ts';
import { DOCUMENT_MANIFEST_TABLE } from './documentManifestMigration.ts';

/** What a gateway reads: the newest manifest, polled. */
export interface ManifestReader {
  /** The newest manifest version, or null while none is published. */
  latestManifestVersion(): Promise<number | null>;
  latestManifest(): Promise<ManifestRecord | null>;
}

export interface ManifestStore extends ManifestReader {
  /**
   * Records `documents` as the version after `basedOn` (null: the first), in one insert;
   * false when another publish claimed that version first.
   */
  recordManifest(args: {
    documents: DocumentManifest;
    basedOn: number | null;
    publishedBy: string;
  }): Promise<{ ok: true; version: number } | { ok: false }>;
}

interface ManifestRow {
  version: number;
  documents: string;
  sha256: string;
}

/** Published manifests in the schema registry's database; the only module that queries them. */
export function createManifestStore(db: Knex): ManifestStore {
  const latestManifestVersion = async () => {
    const row = (await db(DOCUMENT_MANIFEST_TABLE).max({ version: 'version' }).first()) as
      { version: number | string | null } | undefined;
    return row?.version == null ? null : Number(row.version);
  };
  return {
    latestManifestVersion,
    async latestManifest() {
      const row = await db(DOCUMENT_MANIFEST_TABLE)
        .select<ManifestRow[]>('version', 'documents', 'sha256')
        .orderBy('version', 'desc')
        .first();
      if (row === undefined) return null;
      return {
        version: Number(row.version),
        documents: JSON.parse(row.documents) as DocumentManifest,
        sha256: row.sha256,
      };
    },
    async recordManifest({ documents, basedOn, publishedBy }) {
      const version = (basedOn ?? 0) + 1;
      const text = JSON.stringify(sortedById(documents));
      try {
        await db(DOCUMENT_MANIFEST_TABLE).insert({
          version,
          documents: text,
          sha256: createHash('sha256').update(text).digest('hex'),
          document_count: Object.keys(documents).length,
          published_at: new Date().toISOString(),
          published_by: publishedBy,
        });
      } catch (error) {
        if (isDuplicate(error)) return { ok: false };
        throw error;
      }
      return { ok: true, version };
    },
  };
}

/** The same documents always serialise to the same text, so the same sha256. */
function sortedById(documents: DocumentManifest): DocumentManifest {
  return Object.fromEntries(Object.entries(documents).sort(([a], [b]) => a.localeCompare(b)));
}

function isDuplicate(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
