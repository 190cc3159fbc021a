import { readFileSync } from 'node:fs';
import { readDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import {
  deriveInternalCallKey,
  parseInternalCallKey,
  type InternalCallKey,
} from '@dost/platform/internalCallKey.ts';

/**
 * The key calls to `audience` are MAC'd with, the subgraph's own call key: `file` holding it
 * (base64url, as `npm run internal:key` prints it); else DOST_INTERNAL_CALL_KEY (`envCallKey`,
 * the subgraph's own setting); else derived from DOST_INTERNAL_SECRET (`envSecret`, the
 * gateway's); else from the development secret `npm start` keeps in `<dataDir>/keys`.
 */
export function loadSigningKey({
  file,
  envCallKey,
  envSecret,
  audience,
  dataDir,
}: {
  file: string | undefined;
  envCallKey: string | undefined;
  envSecret: string | undefined;
  audience: string;
  dataDir: string;
}): InternalCallKey {
  if (file !== undefined) return parseInternalCallKey(readFileSync(file, 'utf8'), file);
  if (envCallKey !== undefined) return parseInternalCallKey(envCallKey, 'DOST_INTERNAL_CALL_KEY');
  const secret =
    envSecret === undefined
      ? readDevInternalSecret(dataDir)
      : parseInternalCallKey(envSecret, 'DOST_INTERNAL_SECRET');
  if (secret === null) {
    throw new Error(
      `No call key: give --key, set DOST_INTERNAL_CALL_KEY, or run npm start once so that ${dataDir}/keys holds the development secret.`,
    );
  }
  return deriveInternalCallKey(secret, audience);
}
