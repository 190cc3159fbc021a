import { parseArgs } from 'node:util';
import { readEnv } from '@dost/platform/env.ts';
import { isRole } from '@dost/platform/roles.ts';
import {
  createSubgraphClient,
  formatConformanceReport,
  loadClientTls,
  loadFins,
  loadSigningKey,
  resolveAudience,
  runConformance,
} from '../index.ts';

// dost-conformance --url <subgraph-url> [--name <subgraph>] [--key <file>]
//   [--tls-ca <file> --tls-cert <file> --tls-key <file>] [--fin <FIN>] [--fins-from <file>]
//   [--role <role>] [--json]
// Exit status: 0 passed, 1 a check failed, 2 the command itself was wrong.
const USAGE = `Usage: dost-conformance --url <subgraph-url> [options]
  --name <subgraph>     the name the gateway signs for (default: the configured subgraph at --url)
  --key <file>          the subgraph's call key, base64url (npm run internal:key prints it)
                        (default: DOST_INTERNAL_CALL_KEY, else derived from
                        DOST_INTERNAL_SECRET, else from the dev secret in DOST_DATA_DIR)
  --tls-ca <file>       CA the subgraph's certificate chains to     } the gateway's mutual TLS
  --tls-cert <file>     the gateway's client certificate            } (default: DOST_TLS_*_FILE,
  --tls-key <file>      its key                                     }  else the dev CA's)
  --fin <FIN>           a citizen the subgraph holds (default: the first of the list below)
  --fins-from <file>    up to 100 citizens it holds, one a line or a JSON array
                        (required unless the caller supplies defaults, as the DOST
                        repository's npm run agency:conformance does with its seed)
  --role <role>         sign as this role only (default: the one its rules refuse least)
  --json                print the report as JSON`;

export interface ConformanceCliOptions {
  /** The citizens to ask for when --fins-from is absent. */
  readonly defaultFins?: () => readonly string[];
}

/** Runs the suite as the command line asks; resolves the exit status (0 pass, 1 fail, 2 usage). */
export async function main(
  args: readonly string[],
  { defaultFins }: ConformanceCliOptions = {},
): Promise<number> {
  try {
    return await run(args, defaultFins);
  } catch (error) {
    // Unreadable keys or certificates, an unreachable subgraph: the command could not run.
    console.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
}

async function run(
  args: readonly string[],
  defaultFins: (() => readonly string[]) | undefined,
): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      url: { type: 'string' },
      name: { type: 'string' },
      key: { type: 'string' },
      'tls-ca': { type: 'string' },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      fin: { type: 'string' },
      'fins-from': { type: 'string' },
      role: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const { url } = values;
  if (url === undefined || (values.role !== undefined && !isRole(values.role))) {
    console.error(USAGE);
    return 2;
  }
  const env = readEnv();
  const audience = resolveAudience(url, values.name, env.subgraphUrls);
  const client = createSubgraphClient({
    url,
    audience,
    key: loadSigningKey({
      file: values.key,
      envCallKey: env.internalCallKey,
      envSecret: env.internalSecret,
      audience,
      dataDir: env.dataDir,
    }),
    tls: await loadClientTls({
      url,
      files: { ca: values['tls-ca'], cert: values['tls-cert'], key: values['tls-key'] },
      envFiles: env.tlsFiles,
      dataDir: env.dataDir,
    }),
  });
  try {
    const report = await runConformance({
      client,
      fins: loadFins({ file: values['fins-from'], fallback: defaultFins }),
      fin: values.fin,
      role: isRole(values.role) ? values.role : undefined,
    });
    const text = values.json
      ? `${JSON.stringify(report, null, 2)}\n`
      : formatConformanceReport(report);
    process.stdout.write(text);
    return report.ok ? 0 : 1;
  } finally {
    await client.close();
  }
}
