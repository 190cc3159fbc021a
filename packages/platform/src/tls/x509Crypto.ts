import { randomBytes, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { pemText } from './pemBundle.ts';

/**
 * Node's WebCrypto, handed to every @peculiar/x509 call rather than set as its global
 * provider, so that nothing depends on which module happened to be imported first.
 */
export const crypto = webcrypto as Crypto;

/** ECDSA over P-256 with SHA-256: what every certificate here is signed and keyed with. */
export const EC_P256 = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;

export function generateEcKeyPair(): Promise<CryptoKeyPair> {
  return crypto.subtle.generateKey(EC_P256, true, ['sign', 'verify']);
}

export async function exportPrivateKeyPem(key: CryptoKey): Promise<string> {
  const der = await crypto.subtle.exportKey('pkcs8', key);
  return pemText(x509.PemConverter.encode(der, 'PRIVATE KEY'));
}

export function importPrivateKeyPem(pem: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('pkcs8', x509.PemConverter.decodeFirst(pem), EC_P256, false, [
    'sign',
  ]);
}

/** A random positive 128-bit serial number (RFC 5280 §4.1.2.2 asks for at most 20 octets). */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes.toString('hex');
}

/** `now` moved by `days` (negative: back). */
export function daysFrom(now: Date, days: number): Date {
  return new Date(now.getTime() + days * 86_400_000);
}
