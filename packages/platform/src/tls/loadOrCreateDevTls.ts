import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as x509 from '@peculiar/x509';
import { createCertificateAuthority } from './createCertificateAuthority.ts';
import { issueCertificate, type CertificateProfile } from './issueCertificate.ts';
import { fromPemBundle, toPemBundle } from './pemBundle.ts';
import type { CertifiedKey, TlsIdentity } from './TlsIdentity.ts';
import { replaceFile, writeFileOnce } from './writeFileOnce.ts';
import { crypto, daysFrom } from './x509Crypto.ts';

/** The development CA's name; production refuses any CA of this name (loadTlsIdentity). */
export const DEV_CA_NAME = 'DOST One Window development CA (not for production)';

/** A development certificate is reissued when it has fewer days left than this. */
const RENEW_DAYS = 30;

export interface DevCertificateRequest {
  /** Common name, and the file's name: `<dataDir>/tls/<name>.pem`. */
  name: string;
  profile: CertificateProfile;
  /** DNS names and IP addresses the certificate must cover. */
  hosts?: readonly string[];
}

/**
 * The development CA in `<dataDir>/tls/dev-ca.pem` (key and certificate, mode 0600), made on
 * first use; `dev-ca.crt` beside it is the certificate alone, for curl's `--cacert`. When
 * several processes start at once, the first to write wins and the others load its CA.
 */
export async function loadOrCreateDevCa(dataDir: string): Promise<CertifiedKey> {
  const folder = tlsFolder(dataDir);
  const path = join(folder, 'dev-ca.pem');
  let ca = readBundle(path);
  if (ca === null) {
    const created = await createCertificateAuthority({ name: DEV_CA_NAME });
    ca = writeFileOnce(path, toPemBundle(created), 0o600) ? created : readBundle(path);
  }
  if (ca === null) throw new Error(`${path} holds no key and certificate; delete it.`);
  const certPath = join(folder, 'dev-ca.crt');
  if (!existsSync(certPath)) replaceFile(certPath, ca.cert, 0o644);
  return ca;
}

/**
 * A development certificate signed by the development CA, in `<dataDir>/tls/<name>.pem`
 * (mode 0600): reused while the CA signed it, it covers `hosts` and has a month left;
 * otherwise issued anew and swapped in atomically.
 */
export async function loadOrCreateDevIdentity(
  dataDir: string,
  request: DevCertificateRequest,
): Promise<TlsIdentity> {
  const ca = await loadOrCreateDevCa(dataDir);
  const path = join(tlsFolder(dataDir), `${request.name}.pem`);
  const existing = readBundle(path);
  if (existing !== null && (await isCurrent(existing, ca, request.hosts ?? []))) {
    return { ...existing, ca: ca.cert };
  }
  const issued = await issueCertificate({ ca, ...request });
  if (existing !== null) replaceFile(path, toPemBundle(issued), 0o600);
  else if (!writeFileOnce(path, toPemBundle(issued), 0o600)) {
    // Another process issued it a moment ago; use the one on disk, as they will.
    const theirs = readBundle(path);
    if (theirs !== null) return { ...theirs, ca: ca.cert };
  }
  return { ...issued, ca: ca.cert };
}

function tlsFolder(dataDir: string): string {
  const folder = join(dataDir, 'tls');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  return folder;
}

function readBundle(path: string): CertifiedKey | null {
  if (!existsSync(path)) return null;
  return fromPemBundle(readFileSync(path, 'utf8'));
}

async function isCurrent(
  bundle: CertifiedKey,
  ca: CertifiedKey,
  hosts: readonly string[],
): Promise<boolean> {
  const cert = new x509.X509Certificate(bundle.cert);
  const issuer = new x509.X509Certificate(ca.cert);
  if (cert.notAfter < daysFrom(new Date(), RENEW_DAYS)) return false;
  if (!(await cert.verify({ publicKey: issuer.publicKey, signatureOnly: true }, crypto))) {
    return false;
  }
  const altNames = cert.getExtension(x509.SubjectAlternativeNameExtension)?.names.items ?? [];
  const covered = new Set(altNames.map((item) => item.value));
  return hosts.every((host) => covered.has(host));
}
