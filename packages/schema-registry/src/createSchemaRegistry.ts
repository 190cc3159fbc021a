import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { SCHEMA_REGISTRY_ERRORS, type RegistryResult } from './schemaRegistryErrors.ts';
import { SCHEMA_REGISTRY_TABLES } from './schemaRegistryMigrations.ts';
import type { SubgraphSchema } from './SubgraphSchema.ts';

const { supergraph: SUPERGRAPH, subgraph: SUBGRAPH } = SCHEMA_REGISTRY_TABLES;

/** One composed supergraph as the gateway serves it. */
export interface SupergraphRecord {
  readonly version: number;
  readonly supergraphSdl: string;
  readonly sha256: string;
}

/** What a version records about its publish. */
export interface PublicationRecord {
  readonly version: number;
  /** The subgraph published. */
  readonly subgraph: string;
  readonly publishedAt: string;
  readonly publishedBy: string;
  readonly forced: boolean;
  /** The check summary, parsed from its JSON text. */
  readonly checks: unknown;
}

/** A subgraph as published, and the supergraph version that last changed it. */
export interface PublishedSubgraphVersion extends SubgraphSchema {
  readonly version: number;
}

/** The latest version of every subgraph, as of one supergraph version. */
export interface PublishedSet {
  /** null while the registry is empty. */
  readonly version: number | null;
  readonly subgraphs: readonly PublishedSubgraphVersion[];
}

/** A new version to record. */
export interface Publication {
  /** The subgraph published. */
  readonly subgraph: string;
  /** The rows this version writes: the published subgraph, plus the seed on a first publish. */
  readonly subgraphs: readonly SubgraphSchema[];
  readonly supergraphSdl: string;
  /** The version it was composed against (null: the empty registry); it claims the next one. */
  readonly basedOn: number | null;
  readonly publishedBy: string;
  readonly forced: boolean;
  /** The check summary; stored as JSON text. */
  readonly checks: unknown;
}

export interface SchemaRegistry {
  /** The newest supergraph version, or null while the registry is empty. */
  latestVersion(): Promise<number | null>;
  /** The newest supergraph, or the newest below `below`; null when there is none. */
  latestSupergraph(options?: { below?: number }): Promise<SupergraphRecord | null>;
  /** Every subgraph's latest version, as of the newest supergraph. */
  publishedSet(): Promise<PublishedSet>;
  /** What one version records about its publish; null for an unknown version. */
  publication(version: number): Promise<PublicationRecord | null>;
  /**
   * Records a version in one transaction (its supergraph and its subgraph rows, or nothing),
   * claiming `basedOn + 1`; VERSION_TAKEN when another publish got there first.
   */
  record(publication: Publication): Promise<RegistryResult<{ version: number }>>;
}

/** What the gateway reads from the registry. */
export type SupergraphReader = Pick<SchemaRegistry, 'latestVersion' | 'latestSupergraph'>;

interface SupergraphRow {
  version: number;
  subgraph: string;
  supergraph_sdl: string;
  supergraph_sha256: string;
  published_at: string;
  published_by: string;
  forced: number | boolean;
  checks: string;
}

interface SubgraphRow {
  subgraph: string;
  version: number;
  routing_url: string;
  sdl: string;
}

/** The schema registry over its migrated database; the only module that queries it. */
export function createSchemaRegistry(db: Knex): SchemaRegistry {
  const latestVersion = async (trx: Knex | Knex.Transaction = db) => {
    const row = (await trx(SUPERGRAPH).max({ version: 'version' }).first()) as
      { version: number | string | null } | undefined;
    return row?.version == null ? null : Number(row.version);
  };
  return {
    latestVersion: () => latestVersion(),
    async latestSupergraph({ below } = {}) {
      const query = db(SUPERGRAPH)
        .select<SupergraphRow[]>('version', 'supergraph_sdl', 'supergraph_sha256')
        .orderBy('version', 'desc')
        .limit(1);
      if (below !== undefined) void query.where('version', '<', below);
      const [row] = await query;
      return row === undefined
        ? null
        : {
            version: Number(row.version),
            supergraphSdl: row.supergraph_sdl,
            sha256: row.supergraph_sha256,
          };
    },
    async publishedSet() {
      const version = await latestVersion();
      if (version === null) return { version, subgraphs: [] };
      return { version, subgraphs: await subgraphsAt(db, version) };
    },
    async publication(version) {
      const row = await db(SUPERGRAPH).where({ version }).first<SupergraphRow | undefined>();
      return row === undefined ? null : publicationOf(row);
    },
    async record(publication) {
      const version = (publication.basedOn ?? 0) + 1;
      try {
        await db.transaction(async (trx) => {
          // The primary key alone settles a race; this also refuses a stale base outright.
          if ((await latestVersion(trx)) !== publication.basedOn) throw new VersionTaken();
          await trx(SUPERGRAPH).insert(supergraphRowOf(publication, version));
          if (publication.subgraphs.length === 0) return;
          await trx(SUBGRAPH).insert(
            publication.subgraphs.map((s) => ({
              subgraph: s.name,
              version,
              routing_url: s.url,
              sdl: s.sdl,
            })),
          );
        });
      } catch (error) {
        if (error instanceof VersionTaken || isContention(error)) {
          return { ok: false, error: SCHEMA_REGISTRY_ERRORS.VERSION_TAKEN.err([`v${version}`]) };
        }
        throw error;
      }
      return { ok: true, version };
    },
  };
}

/** Each subgraph's row with the highest version at or below `version`, by name. */
async function subgraphsAt(db: Knex, version: number): Promise<PublishedSubgraphVersion[]> {
  const rows = await db(`${SUBGRAPH} as s`)
    .select<SubgraphRow[]>('s.subgraph', 's.version', 's.routing_url', 's.sdl')
    .where(
      's.version',
      db(`${SUBGRAPH} as l`)
        .max('l.version')
        .whereRaw('?? = ??', ['l.subgraph', 's.subgraph'])
        .andWhere('l.version', '<=', version),
    )
    .orderBy('s.subgraph');
  return rows.map((row) => ({
    name: row.subgraph,
    url: row.routing_url,
    sdl: row.sdl,
    version: Number(row.version),
  }));
}

function supergraphRowOf(publication: Publication, version: number): SupergraphRow {
  return {
    version,
    subgraph: publication.subgraph,
    supergraph_sdl: publication.supergraphSdl,
    supergraph_sha256: createHash('sha256').update(publication.supergraphSdl).digest('hex'),
    published_at: new Date().toISOString(),
    published_by: publication.publishedBy,
    forced: publication.forced,
    checks: JSON.stringify(publication.checks),
  };
}

function publicationOf(row: SupergraphRow): PublicationRecord {
  return {
    version: Number(row.version),
    subgraph: row.subgraph,
    publishedAt: row.published_at,
    publishedBy: row.published_by,
    // SQLite and MariaDB both hand a boolean back as 0 or 1.
    forced: Boolean(row.forced),
    checks: JSON.parse(row.checks) as unknown,
  };
}

class VersionTaken extends Error {}

/**
 * Another writer claimed the version first: a duplicate primary key (MariaDB, SQLite), a
 * deadlock between the two inserts (MariaDB), or a write that found the database moved on
 * since its transaction began (SQLite's BUSY and BUSY_SNAPSHOT, from another process).
 */
function isContention(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return (
    code === 'ER_DUP_ENTRY' ||
    code === 'ER_LOCK_DEADLOCK' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code.startsWith('SQLITE_BUSY')
  );
}
