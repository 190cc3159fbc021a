import type { Knex } from '@dost/subgraph-kit';

/** A citizen's consent to a partner agency; carries `fin`, so its reads are disclosures. */
export interface Consent {
  readonly id: number;
  readonly fin: string;
  readonly agency: string;
  readonly scopes: readonly string[];
  /** The last day (Baku, `YYYY-MM-DD`) it holds. */
  readonly until: string;
  readonly grantedAt: string;
  /** When the citizen revoked it; null while it stands. */
  readonly revokedAt: string | null;
}

/** Reads of the consent table, for loaders. */
export interface ConsentReads {
  consentsById(ids: readonly number[]): Promise<Consent[]>;
  /** Consents of these citizens, newest first. */
  consentsByFin(fins: readonly string[]): Promise<Consent[]>;
  /** One citizen's consents to one agency, newest first, revoked and lapsed included. */
  consentsToAgency(fin: string, agency: string): Promise<Consent[]>;
}

/** Writes of the consent table, inside a desk write's transaction. */
export interface ConsentWrites {
  consentById(id: number): Promise<Consent | null>;
  insertConsent(consent: Omit<Consent, 'id' | 'revokedAt'>): Promise<number>;
  /** Stamps the revocation unless it is already revoked; false when it was. */
  revokeConsent(id: number, at: string): Promise<boolean>;
}

interface ConsentRow {
  id: number | string;
  fin: string;
  agency: string;
  scopes: string;
  valid_until: string;
  granted_at: string;
  revoked_at: string | null;
}

/** The consent table's reads; part of the services registry (registry.ts). */
export function consentReads(db: Knex): ConsentReads {
  const newestFirst = () => db('consent').select('*').orderBy('id', 'desc');
  return {
    async consentsById(ids) {
      const rows: ConsentRow[] = await db('consent').select('*').whereIn('id', ids);
      return rows.map(toConsent);
    },
    async consentsByFin(fins) {
      const rows: ConsentRow[] = await newestFirst().whereIn('fin', fins);
      return rows.map(toConsent);
    },
    async consentsToAgency(fin, agency) {
      const rows: ConsentRow[] = await newestFirst().where({ fin, agency });
      return rows.map(toConsent);
    },
  };
}

/** The consent table's writes in a transaction; part of the desk's (registry.ts). */
export function consentWrites(trx: Knex.Transaction): ConsentWrites {
  return {
    async consentById(id) {
      const row: ConsentRow | undefined = await trx('consent').select('*').where({ id }).first();
      return row === undefined ? null : toConsent(row);
    },
    async insertConsent(consent) {
      const [id]: unknown[] = await trx('consent').insert({
        fin: consent.fin,
        agency: consent.agency,
        scopes: consent.scopes.join(','),
        valid_until: consent.until,
        granted_at: consent.grantedAt,
        revoked_at: null,
      });
      if (id === undefined) throw new Error('no id returned by the insert into consent');
      return Number(id);
    },
    async revokeConsent(id, at) {
      const count = await trx('consent').where({ id, revoked_at: null }).update({ revoked_at: at });
      return count === 1;
    },
  };
}

function toConsent(row: ConsentRow): Consent {
  return {
    id: Number(row.id),
    fin: row.fin,
    agency: row.agency,
    scopes: row.scopes.split(','),
    until: row.valid_until,
    grantedAt: row.granted_at,
    revokedAt: row.revoked_at,
  };
}
