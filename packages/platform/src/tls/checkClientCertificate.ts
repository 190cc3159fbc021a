import type { X509Certificate as NodeX509Certificate } from 'node:crypto';
import * as x509 from '@peculiar/x509';

/** Whether a client certificate may call a subgraph, and if not, why (for the log). */
export type ClientVerdict = { allowed: true; name: string } | { allowed: false; reason: string };

/**
 * The check a subgraph makes on a caller's certificate once OpenSSL has verified that it
 * chains to the trusted CA: it must say it is for client authentication (an extended key
 * usage, required here even though RFC 5280 lets a certificate without one serve any
 * purpose) and name an allowed client in its common name or a DNS alternative name. So
 * another agency's server certificate from the same CA, or a client certificate issued to
 * someone else, is refused whatever OpenSSL's defaults.
 */
export function checkClientCertificate(
  peer: NodeX509Certificate | undefined,
  allowedClients: readonly string[],
): ClientVerdict {
  if (peer === undefined) return { allowed: false, reason: 'no client certificate' };
  const cert = new x509.X509Certificate(peer.raw);
  const usages = cert.getExtension(x509.ExtendedKeyUsageExtension)?.usages ?? [];
  if (!usages.includes(x509.ExtendedKeyUsage.clientAuth)) {
    return { allowed: false, reason: 'not a client-authentication certificate' };
  }
  const names = [...cert.subjectName.getField('CN'), ...dnsNames(cert)];
  const name = names.find((candidate) => allowedClients.includes(candidate));
  return name === undefined
    ? { allowed: false, reason: `client ${names[0] ?? '(unnamed)'} is not allowed` }
    : { allowed: true, name };
}

function dnsNames(cert: x509.X509Certificate): string[] {
  const altNames = cert.getExtension(x509.SubjectAlternativeNameExtension);
  return (altNames?.names.items ?? [])
    .filter((item) => item.type === 'dns')
    .map((item) => item.value);
}
