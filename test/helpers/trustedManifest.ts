import { readFileSync } from 'node:fs';
import { parseManifestJson } from '../../gateway/documents/loadManifest.ts';

/** The committed trusted-document manifest (`npm run codegen`), as the gateway loads it. */
export const TRUSTED_MANIFEST = parseManifestJson(
  readFileSync(
    new URL('../../clients/generated/persisted-documents.json', import.meta.url),
    'utf8',
  ),
);
