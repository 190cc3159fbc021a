import type { CertifiedKey } from './TlsIdentity.ts';

const BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/g;

/** The PEM blocks of a text whose label is `label` (e.g. `CERTIFICATE`), in order. */
export function pemBlocks(text: string, label: string): string[] {
  return [...text.matchAll(BLOCK)]
    .filter((match) => match[1] === label)
    .map((match) => `${match[0]}\n`);
}

/** PEM text as this module stores and compares it: ending in exactly one newline. */
export function pemText(text: string): string {
  return `${text.trimEnd()}\n`;
}

/** One file for a key and its certificate, so that both appear at once (see writeFileOnce). */
export function toPemBundle({ key, cert }: CertifiedKey): string {
  return `${key.trim()}\n${cert.trim()}\n`;
}

/** Splits a bundle written by toPemBundle; null when either half is missing. */
export function fromPemBundle(text: string): CertifiedKey | null {
  const [key] = pemBlocks(text, 'PRIVATE KEY');
  const certs = pemBlocks(text, 'CERTIFICATE');
  if (key === undefined || certs.length === 0) return null;
  return { key, cert: certs.join('') };
}
