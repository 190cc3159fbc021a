import { readFileSync } from 'node:fs';
import * as x509 from '@peculiar/x509';
import type { Env } from '../env.ts';
import { DEV_CA_NAME, loadOrCreateDevIdentity } from './loadOrCreateDevTls.ts';
import { pemBlocks } from './pemBundle.ts';
import { GATEWAY_CLIENT_NAME, type ServerTls, type TlsIdentity } from './TlsIdentity.ts';

type TlsSettings = Pick<
  Env,
  'nodeEnv' | 'dataDir' | 'host' | 'subgraphTls' | 'tlsFiles' | 'tlsAllowedClients'
>;

/** The gateway's client certificate for calling subgraphs; null when DOST_SUBGRAPH_TLS=off. */
export function loadGatewayTls(env: TlsSettings): Promise<TlsIdentity | null> {
  return loadIdentity(env, () =>
    loadOrCreateDevIdentity(env.dataDir, { name: GATEWAY_CLIENT_NAME, profile: 'client' }),
  );
}

/**
 * A subgraph's server certificate and the clients it answers; null when
 * DOST_SUBGRAPH_TLS=off. The development certificate covers localhost, 127.0.0.1, the host the
 * subgraph listens on and the host the gateway calls it at (`url`).
 */
export async function loadSubgraphTls(
  env: TlsSettings,
  { name, url }: { name: string; url: string },
): Promise<ServerTls | null> {
  const hosts = ['localhost', '127.0.0.1', env.host, new URL(url).hostname.replace(/^\[|\]$/g, '')];
  const identity = await loadIdentity(env, () =>
    loadOrCreateDevIdentity(env.dataDir, {
      name: `dost-${name}`,
      profile: 'server',
      hosts: [...new Set(hosts)],
    }),
  );
  return identity === null ? null : { ...identity, allowedClients: env.tlsAllowedClients };
}

/**
 * This process's certificate from DOST_TLS_*_FILE, else (outside production) from the
 * development CA. Production refuses to run without the files, and refuses the development
 * CA even when the files point at it: its key sits unprotected in a data folder.
 */
async function loadIdentity(
  env: TlsSettings,
  development: () => Promise<TlsIdentity>,
): Promise<TlsIdentity | null> {
  if (!env.subgraphTls) return null;
  const production = env.nodeEnv === 'production';
  if (env.tlsFiles === null) {
    if (production) {
      throw new Error(
        'In production set DOST_TLS_CA_FILE, DOST_TLS_CERT_FILE and DOST_TLS_KEY_FILE; ' +
          'the development CA is refused.',
      );
    }
    return development();
  }
  const identity: TlsIdentity = {
    ca: readFileSync(env.tlsFiles.ca, 'utf8'),
    cert: readFileSync(env.tlsFiles.cert, 'utf8'),
    key: readFileSync(env.tlsFiles.key, 'utf8'),
  };
  if (production && trustsDevCa(identity.ca)) {
    throw new Error('DOST_TLS_CA_FILE holds the development CA, which production refuses.');
  }
  return identity;
}

function trustsDevCa(caPem: string): boolean {
  return pemBlocks(caPem, 'CERTIFICATE').some((pem) =>
    new x509.X509Certificate(pem).subjectName.getField('CN').includes(DEV_CA_NAME),
  );
}
