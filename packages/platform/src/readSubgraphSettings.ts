import type { EnvReaders } from './envReaders.ts';
import { defaultPortOf, SUBGRAPH_LIST } from './subgraphList.ts';

/** Database URLs by subgraph; absent means the embedded SQLite file. */
export interface DbUrls {
  /** The audit store's: the gateway writes it whichever subgraphs are listed. */
  readonly audit?: string;
  readonly [subgraph: string]: string | undefined;
}

/** What the environment says of each subgraph of the deployment. */
export interface SubgraphSettings {
  /**
   * The subgraphs of this deployment (`DOST_SUBGRAPHS`, comma-separated; SUBGRAPH_LIST by
   * default). Each name has its `DOST_<NAME>_URL`, `DOST_<NAME>_PORT` and
   * `DOST_DB_URL_<NAME>` read, so an agency's subgraph is added here, not in code.
   */
  readonly subgraphs: readonly string[];
  /**
   * The port each listed subgraph listens on when run here: `DOST_<NAME>_PORT`, else its
   * default in SUBGRAPH_LIST; absent for a subgraph that runs elsewhere and has only a URL.
   */
  readonly subgraphPorts: Readonly<Record<string, number>>;
  /**
   * Where the gateway reaches each listed subgraph: `DOST_<NAME>_URL`, else this host and its
   * port, over `https://` while subgraph TLS is on.
   */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** `DOST_DB_URL_<NAME>`, else `DOST_DB_URL`, for every listed subgraph and the audit store. */
  readonly dbUrls: DbUrls;
}

/** Names that map cleanly onto `DOST_<NAME>_*` variables and `schema/<name>.graphql`. */
const NAME = /^[a-z][a-z0-9_]*$/;

/** The audit store is opened by the gateway even when the audit subgraph runs elsewhere. */
const AUDIT_STORE = 'audit';

/** Reads the per-subgraph variables of every subgraph the deployment lists. */
export function readSubgraphSettings(
  read: EnvReaders,
  { host, tls }: { host: string; tls: boolean },
): SubgraphSettings {
  const subgraphs = read.list(
    'DOST_SUBGRAPHS',
    SUBGRAPH_LIST.map((listing) => listing.name),
  );
  for (const name of subgraphs.filter((name) => !NAME.test(name))) {
    read.problem(`DOST_SUBGRAPHS: '${name}' is not a name of lower case letters, digits and _`);
  }
  if (new Set(subgraphs).size !== subgraphs.length) read.problem('DOST_SUBGRAPHS names one twice');
  const subgraphPorts: Record<string, number> = {};
  const subgraphUrls: Record<string, string> = {};
  for (const name of subgraphs) {
    const prefix = `DOST_${name.toUpperCase()}`;
    const port = read.optionalInt(`${prefix}_PORT`) ?? defaultPortOf(name);
    const url = read.url(`${prefix}_URL`);
    if (port !== undefined) subgraphPorts[name] = port;
    if (url !== undefined) subgraphUrls[name] = url;
    else if (port !== undefined)
      subgraphUrls[name] = `${tls ? 'https' : 'http'}://${host}:${port}/graphql`;
    else read.problem(`set ${prefix}_URL (where ${name} is served) or ${prefix}_PORT`);
  }
  const shared = read.url('DOST_DB_URL');
  const dbUrls: Record<string, string> = {};
  for (const name of new Set([...subgraphs, AUDIT_STORE])) {
    const url = read.url(`DOST_DB_URL_${name.toUpperCase()}`) ?? shared;
    if (url !== undefined) dbUrls[name] = url;
  }
  return { subgraphs, subgraphPorts, subgraphUrls, dbUrls };
}
