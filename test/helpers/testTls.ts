import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { loadOrCreateDevIdentity } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import {
  GATEWAY_CLIENT_NAME,
  type CertifiedKey,
  type ServerTls,
  type TlsIdentity,
} from '@dost/platform/tls/TlsIdentity.ts';

export interface TestTls {
  /** The folder holding this CA's files (`dev-ca.pem`, `<name>.pem`). */
  readonly dir: string;
  /** The gateway's client certificate, and the CA. */
  readonly gateway: TlsIdentity;
  /** A subgraph's server certificate (localhost, 127.0.0.1), allowing the gateway in. */
  subgraph(name: string): Promise<ServerTls>;
  /** An undici Agent that trusts this CA and shows `client` (none when absent). */
  agent(client?: CertifiedKey): Agent;
}

let shared: Promise<TestTls> | undefined;

/**
 * A CA and certificates made by the same code as `npm start`'s development CA, once per test
 * process, in a temporary folder removed when the process exits.
 */
export function testTls(): Promise<TestTls> {
  shared ??= createTestTls();
  return shared;
}

/** Another, unrelated CA in a folder of its own, e.g. to prove its certificates are refused. */
export async function createTestTls(): Promise<TestTls> {
  const dir = mkdtempSync(join(tmpdir(), 'dost-tls-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const gateway = await loadOrCreateDevIdentity(dir, {
    name: GATEWAY_CLIENT_NAME,
    profile: 'client',
  });
  return {
    dir,
    gateway,
    async subgraph(name) {
      const identity = await loadOrCreateDevIdentity(dir, {
        name: `dost-${name}`,
        profile: 'server',
        hosts: ['localhost', '127.0.0.1'],
      });
      return { ...identity, allowedClients: [GATEWAY_CLIENT_NAME] };
    },
    agent: (client) =>
      new Agent({
        connect: {
          ca: gateway.ca,
          ...(client === undefined ? {} : { cert: client.cert, key: client.key }),
        },
      }),
  };
}
