import type { Env } from '@dost/platform/env.ts';
import { loadGatewayTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

/**
 * The gateway's client certificate (the development CA's, in `dataDir/tls`, unless
 * DOST_TLS_*_FILE name others), which every bench gateway and the load driver of (e) present
 * to the subgraphs: the bench runs gateway ↔ subgraph over mutual TLS, as production does,
 * whatever DOST_SUBGRAPH_TLS says in the caller's shell (benchEnv turns it on).
 */
export async function loadBenchTls(env: Env): Promise<TlsIdentity> {
  const tls = await loadGatewayTls({ ...env, subgraphTls: true });
  if (tls === null) throw new Error('No client certificate for the bench subgraphs.');
  return tls;
}
