import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrCreateDevIdentity } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { GATEWAY_CLIENT_NAME, type TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

export interface TlsFiles {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/**
 * The gateway's client certificate for an https subgraph: `files` (--tls-*), else the
 * gateway's own DOST_TLS_*_FILE (`envFiles`), else a gateway certificate from the development
 * CA in `<dataDir>/tls` (the one `npm start`, or a subgraph started alone in development,
 * made), issued there when missing. It never makes a CA: one the subgraph does not trust would
 * only fail the handshake. Undefined for plain http.
 */
export async function loadClientTls({
  url,
  files,
  envFiles,
  dataDir,
}: {
  url: string;
  files: Partial<TlsFiles>;
  envFiles: TlsFiles | null;
  dataDir: string;
}): Promise<TlsIdentity | undefined> {
  if (new URL(url).protocol !== 'https:') return undefined;
  const given = [files.ca, files.cert, files.key].filter((file) => file !== undefined).length;
  if (given > 0 && given < 3) throw new Error('Give --tls-ca, --tls-cert and --tls-key together.');
  const chosen = given === 3 ? (files as TlsFiles) : envFiles;
  if (chosen !== null) {
    return {
      ca: readFileSync(chosen.ca, 'utf8'),
      cert: readFileSync(chosen.cert, 'utf8'),
      key: readFileSync(chosen.key, 'utf8'),
    };
  }
  const folder = join(dataDir, 'tls');
  if (!existsSync(join(folder, 'dev-ca.pem'))) {
    throw new Error(
      `No client certificate for ${url}: give --tls-ca, --tls-cert and --tls-key, or point DOST_DATA_DIR at the data folder of the subgraph started in development, whose tls/ holds the development CA.`,
    );
  }
  return loadOrCreateDevIdentity(dataDir, { name: GATEWAY_CLIENT_NAME, profile: 'client' });
}
