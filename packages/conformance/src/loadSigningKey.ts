import { createPrivateKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readDevKeys } from '@dost/platform/devKeys.ts';
import { importInternalKey } from '@dost/platform/importInternalKey.ts';
import { assertInternalKey } from '@dost/platform/internalToken.ts';

/**
 * The gateway's private signing key: `file` as PEM (PKCS#8 or SEC1), a JWK, or a dev-keys
 * file; else DOST_INTERNAL_PRIVATE_KEY (`envJwk`, the gateway's own setting); else the
 * development key `npm start` keeps in `<dataDir>/keys`. Anything but EC P-256 throws.
 */
export function loadSigningKey({
  file,
  envJwk,
  dataDir,
}: {
  file: string | undefined;
  envJwk: string | undefined;
  dataDir: string;
}): KeyObject {
  if (file !== undefined) return fromText(readFileSync(file, 'utf8'));
  if (envJwk !== undefined) return importInternalKey(JSON.parse(envJwk) as JsonWebKey, 'private');
  const dev = readDevKeys(dataDir);
  if (dev === null) {
    throw new Error(
      `No signing key: give --key, set DOST_INTERNAL_PRIVATE_KEY, or run npm start once so that ${dataDir}/keys holds the development key.`,
    );
  }
  return importInternalKey(dev.internalPrivate, 'private');
}

function fromText(text: string): KeyObject {
  if (text.includes('-----BEGIN')) {
    const key = createPrivateKey(text);
    assertInternalKey(key, 'private');
    return key;
  }
  const json = JSON.parse(text) as { internalPrivate?: JsonWebKey } & JsonWebKey;
  return importInternalKey(json.internalPrivate ?? json, 'private');
}
