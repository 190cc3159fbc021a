import { parseArgs } from 'node:util';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import { isRole, ROLES } from '@dost/platform/roles.ts';
import { signClientToken } from './lib/signClientToken.ts';

// Prints a dev token: npm run token -- --role operator --sub op-17 --centre baku-1
const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    sub: { type: 'string' },
    fin: { type: 'string' },
    centre: { type: 'string' },
    agency: { type: 'string' },
    scopes: { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
});
const env = readEnv();
if (env.nodeEnv === 'production') {
  console.error('Dev tokens are not issued in production.');
  process.exit(1);
}
if (!isRole(values.role) || values.sub === undefined) {
  console.error(`Usage: npm run token -- --role <${ROLES.join('|')}> --sub <id> [--fin F]`);
  console.error('       [--centre C] [--agency A] [--scopes pension:status,…] [--ttl seconds]');
  process.exit(1);
}
const secret = env.jwtSecret ?? (await loadOrCreateDevKeys(env.dataDir)).clientSecret;
const token = await signClientToken(
  {
    sub: values.sub,
    role: values.role,
    ...(values.fin === undefined ? {} : { fin: values.fin }),
    ...(values.centre === undefined ? {} : { centre: values.centre }),
    ...(values.agency === undefined ? {} : { agency: values.agency }),
    ...(values.scopes === undefined ? {} : { scopes: values.scopes.split(',') }),
  },
  { secret, issuer: env.jwtIssuer, audience: env.jwtAudience, ttlSeconds: Number(values.ttl) },
);
console.log(token);
