import * as x509 from '@peculiar/x509';
import { pemText } from './pemBundle.ts';
import type { CertifiedKey } from './TlsIdentity.ts';
import {
  crypto,
  daysFrom,
  EC_P256,
  exportPrivateKeyPem,
  generateEcKeyPair,
  randomSerialNumber,
} from './x509Crypto.ts';

export interface CertificateAuthorityOptions {
  /** The CA's common name. */
  name: string;
  /** @default 3650 */
  days?: number;
  /** @default new Date() */
  now?: Date;
}

/**
 * A self-signed root CA (EC P-256) that may sign end-entity certificates only (path length
 * 0): it can never be used to mint another CA.
 */
export async function createCertificateAuthority({
  name,
  days = 3650,
  now = new Date(),
}: CertificateAuthorityOptions): Promise<CertifiedKey> {
  const keys = await generateEcKeyPair();
  const cert = await x509.X509CertificateGenerator.createSelfSigned(
    {
      serialNumber: randomSerialNumber(),
      name: new x509.Name([{ CN: [name] }]),
      // A few minutes back, for processes whose clocks differ slightly.
      notBefore: daysFrom(now, -1 / 288),
      notAfter: daysFrom(now, days),
      keys,
      signingAlgorithm: EC_P256,
      extensions: [
        new x509.BasicConstraintsExtension(true, 0, true),
        new x509.KeyUsagesExtension(
          x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign,
          true,
        ),
        await x509.SubjectKeyIdentifierExtension.create(keys.publicKey, false, crypto),
      ],
    },
    crypto,
  );
  return { cert: pemText(cert.toString('pem')), key: await exportPrivateKeyPem(keys.privateKey) };
}
