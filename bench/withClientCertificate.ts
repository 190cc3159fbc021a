import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

type Fetcher = RemoteGraphQLDataSource['fetcher'];

/** make-fetch-happen's fetch carries `defaults(options)`, which returns a copy with them. */
interface DefaultableFetcher {
  defaults(options: { ca: string; cert: string; key: string }): Fetcher;
}

function isDefaultable(fetcher: Fetcher): fetcher is Fetcher & DefaultableFetcher {
  return typeof (fetcher as Partial<DefaultableFetcher>).defaults === 'function';
}

/**
 * RemoteGraphQLDataSource's own fetcher (make-fetch-happen, `maxSockets: Infinity, retry:
 * false`) with the gateway's client certificate and CA added through its `defaults()`, so
 * configuration (c) keeps the stock HTTP client, agent and keep-alive, and only gains mutual
 * TLS. make-fetch-happen is not a dependency of ours: it is reached through the instance.
 */
export function withClientCertificate(stock: Fetcher, tls: TlsIdentity): Fetcher {
  if (!isDefaultable(stock)) {
    throw new Error("RemoteGraphQLDataSource's fetcher is no longer make-fetch-happen.");
  }
  return stock.defaults({ ca: tls.ca, cert: tls.cert, key: tls.key });
}
