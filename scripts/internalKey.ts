import { parseArgs } from 'node:util';
import { loadOrCreateDevInternalSecret } from '@dost/platform/devInternalSecret.ts';
import { readEnv } from '@dost/platform/env.ts';
import {
  deriveInternalCallKey,
  formatInternalCallKey,
  generateInternalSecret,
  parseInternalCallKey,
} from '@dost/platform/internalCallKey.ts';

// npm run internal:key -- <subgraph>: prints the call key the named subgraph (a partner
// agency's included) sets as DOST_INTERNAL_CALL_KEY, derived from the gateway's secret
// (DOST_INTERNAL_SECRET, else the dev secret in DOST_DATA_DIR). The key opens that one
// subgraph's calls alone; hand it over as a secret, never the gateway's secret itself.
// npm run internal:key -- --new-secret: prints a fresh gateway secret for DOST_INTERNAL_SECRET.
const USAGE = 'Usage: npm run internal:key -- <subgraph> | --new-secret';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'new-secret': { type: 'boolean', default: false } },
});
const [subgraph, ...rest] = positionals;
if (values['new-secret']) {
  console.log(formatInternalCallKey(generateInternalSecret()));
} else if (subgraph === undefined || rest.length > 0 || !/^[a-z][a-z0-9_]*$/.test(subgraph)) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  const env = readEnv();
  if (env.internalSecret === undefined && env.nodeEnv === 'production') {
    console.error('In production set DOST_INTERNAL_SECRET; the dev secret is refused.');
    process.exit(1);
  }
  const secret =
    env.internalSecret === undefined
      ? loadOrCreateDevInternalSecret(env.dataDir)
      : parseInternalCallKey(env.internalSecret, 'DOST_INTERNAL_SECRET');
  console.log(formatInternalCallKey(deriveInternalCallKey(secret, subgraph)));
}
