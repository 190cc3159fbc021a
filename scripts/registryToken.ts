import { parseArgs } from 'node:util';
import { readEnv } from '@dost/platform/env.ts';
import { PUBLISHER_SCOPES, signPublisherToken } from '@dost/schema-registry';
import { loadPublisherKeys } from '../registry/loadPublisherKeys.ts';

// Prints a publisher token for the schema registry:
//   npm run registry:token -- --sub sea-ci --subgraphs training [--scope publish] [--ttl 7776000]
const USAGE =
  'Usage: npm run registry:token -- --sub <publisher> --subgraphs <name,…> ' +
  `[--scope ${PUBLISHER_SCOPES.join('|')}] [--ttl seconds]`;
const { values } = parseArgs({
  options: {
    sub: { type: 'string' },
    subgraphs: { type: 'string' },
    scope: { type: 'string', default: 'publish' },
    // 90 days: a CI secret renewed each quarter.
    ttl: { type: 'string', default: String(90 * 24 * 3600) },
  },
});
const scope = PUBLISHER_SCOPES.find((s) => s === values.scope);
const ttlSeconds = Number(values.ttl);
const subgraphs = (values.subgraphs ?? '').split(',').filter((name) => name !== '');
if (
  values.sub === undefined ||
  subgraphs.length === 0 ||
  scope === undefined ||
  !(ttlSeconds > 0)
) {
  console.error(USAGE);
  process.exit(2);
}
const { privateKey } = loadPublisherKeys(readEnv());
if (privateKey === null) {
  console.error(
    'DOST_REGISTRY_PRIVATE_KEY is not set: tokens are signed where the private key is.',
  );
  process.exit(2);
}
console.log(
  await signPublisherToken({
    claims: { sub: values.sub, subgraphs, scope },
    privateKey,
    ttlSeconds,
  }),
);
