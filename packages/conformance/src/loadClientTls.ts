import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromPemBundle } from '@dost/platform/tls/pemBundle.ts';
import { GATEWAY_CLIENT_NAME, type TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

export interface TlsFiles {
  readonly ca: string;
  readonly cert: string;
  readonly key: string;
}

/**
 * The gateway's client certificate for an https subgraph: `files` (--tls-*), else the
 * gateway's own DOST_TLS_*_FILE (`envFiles`), else the development CA's gateway certificate
 * in `<dataDir>/tls` that `npm start` made; never creates one. Undefined for plain http.
 */
export function loadClientTls({
  url,
  files,
  envFiles,
  dataDir,
}: {
  url: string;
  files: Partial<TlsFiles>;
  envFiles: TlsFiles | null;
  dataDir: string;
}): TlsIdentity | undefined {
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
  const bundle = join(folder, `${GATEWAY_CLIENT_NAME}.pem`);
  const ca = join(folder, 'dev-ca.crt');
  const identity = existsSync(bundle) ? fromPemBundle(readFileSync(bundle, 'utf8')) : null;
  if (identity === null || !existsSync(ca)) {
    throw new Error(
      `No client certificate for ${url}: give --tls-ca, --tls-cert and --tls-key, or run npm start once so that ${folder} holds the development ones.`,
    );
  }
  return { ...identity, ca: readFileSync(ca, 'utf8') };
}
