import { isIP } from 'node:net';
import * as x509 from '@peculiar/x509';
import { pemText } from './pemBundle.ts';
import type { CertifiedKey } from './TlsIdentity.ts';
import {
  crypto,
  daysFrom,
  EC_P256,
  exportPrivateKeyPem,
  generateEcKeyPair,
  importPrivateKeyPem,
  randomSerialNumber,
} from './x509Crypto.ts';

/** `client`: the gateway calling subgraphs; `server`: a subgraph answering it. */
export type CertificateProfile = 'client' | 'server';

export interface IssueOptions {
  /** The CA that signs. */
  ca: CertifiedKey;
  /** Common name, e.g. `dost-gateway` or `dost-pensions`. */
  name: string;
  profile: CertificateProfile;
  /** Subject alternative names: DNS names and IP addresses (a client's name is added). */
  hosts?: readonly string[];
  /** @default 365 */
  days?: number;
  /** @default new Date() */
  now?: Date;
}

const USAGE: Record<CertificateProfile, string> = {
  client: x509.ExtendedKeyUsage.clientAuth,
  server: x509.ExtendedKeyUsage.serverAuth,
};

/**
 * An end-entity certificate with a fresh EC P-256 key, signed by `ca`. It carries exactly one
 * extended key usage, so that a subgraph's server certificate can never pass as the
 * gateway's client certificate, nor the other way round.
 */
export async function issueCertificate({
  ca,
  name,
  profile,
  hosts = [],
  days = 365,
  now = new Date(),
}: IssueOptions): Promise<CertifiedKey> {
  const issuer = new x509.X509Certificate(ca.cert);
  const keys = await generateEcKeyPair();
  const altNames = profile === 'client' ? [name, ...hosts] : hosts;
  const cert = await x509.X509CertificateGenerator.create(
    {
      serialNumber: randomSerialNumber(),
      subject: new x509.Name([{ CN: [name] }]),
      issuer: issuer.subjectName,
      notBefore: daysFrom(now, -1 / 288),
      notAfter: daysFrom(now, days),
      publicKey: keys.publicKey,
      signingKey: await importPrivateKeyPem(ca.key),
      signingAlgorithm: EC_P256,
      extensions: [
        new x509.BasicConstraintsExtension(false, undefined, true),
        new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
        new x509.ExtendedKeyUsageExtension([USAGE[profile]], false),
        new x509.SubjectAlternativeNameExtension([...new Set(altNames)].map(generalName), false),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
        await x509.AuthorityKeyIdentifierExtension.create(issuer, false, crypto),
      ],
    },
    crypto,
  );
  return { cert: pemText(cert.toString('pem')), key: await exportPrivateKeyPem(keys.privateKey) };
}

function generalName(host: string): x509.JsonGeneralName {
  return isIP(host) === 0 ? { type: 'dns', value: host } : { type: 'ip', value: host };
}
