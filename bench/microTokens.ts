import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createClientAuthenticator } from '../gateway/admission/createClientAuthenticator.ts';
import { deriveInternalCallKey, generateInternalSecret } from '@dost/platform/internalCallKey.ts';
import { bodyHash, signInternalToken, verifyInternalToken } from '@dost/platform/internalToken.ts';
import { STATIC_STAFF } from './benchIdentities.ts';

/*
 * CPU per token operation (µs, user + system, so the thread pool counts too): internal sign,
 * internal verify, client-token verify. Median of several runs. The "compact" lines are the
 * floor any non-JWT format could reach: the same claims as JSON, one HMAC, no JWT framing.
 *
 *   npx tsx bench/microTokens.ts [iterations=5000] [runs=5]
 */

const [iterations = 5_000, runs = 5] = process.argv.slice(2).map(Number);
const ISSUER = 'https://login.example';
const AUDIENCE = 'dost-one-window';

async function cpuPerOp(op: (i: number) => unknown): Promise<number> {
  const start = process.cpuUsage();
  for (let i = 0; i < iterations; i++) {
    const result = op(i);
    if (result instanceof Promise) await result;
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / iterations;
}

async function median(op: (run: number) => (i: number) => unknown): Promise<string> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run++) samples.push(await cpuPerOp(op(run)));
  samples.sort((a, b) => a - b);
  return `${(samples[Math.floor(samples.length / 2)] ?? 0).toFixed(1)} µs (runs: ${samples.map((s) => s.toFixed(0)).join(', ')})`;
}

function request(token: string): IncomingMessage {
  return { headers: { authorization: `Bearer ${token}` } } as IncomingMessage;
}

// Derived as the gateway and the subgraph derive theirs: once, at start.
const callKey = deriveInternalCallKey(generateInternalSecret(), 'pensions');
const identity = { ...STATIC_STAFF, requestId: '0b7d2c3e-5f0a-4c1e-9a51-6f1f3f2b8c11' };
/** An S1-sized subgraph call body: the token covers its hash, so the hash is measured too. */
const body = JSON.stringify({
  query:
    'query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Citizen { pension { labourPension { type status amount since } } } } }',
  variables: { representations: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] },
});
const signing = { key: callKey, audience: 'pensions', body };
const verifying = { key: callKey, audience: 'pensions', body };

/** The compact floor: JSON claims, base64url, HMAC-SHA256; verify re-MACs, compares, parses. */
const compactSign = () => {
  const now = Math.floor(Date.now() / 1000);
  const claims = Buffer.from(
    JSON.stringify({
      ...identity,
      jti: randomUUID(),
      bh: bodyHash(body),
      aud: 'pensions',
      iat: now,
      exp: now + 15,
    }),
  ).toString('base64url');
  return `${claims}.${createHmac('sha256', callKey).update(claims).digest('base64url')}`;
};
const compact = compactSign();
const compactVerify = () => {
  const [claims = '', mac = ''] = compact.split('.');
  const expected = createHmac('sha256', callKey).update(claims).digest();
  if (!timingSafeEqual(expected, Buffer.from(mac, 'base64url'))) throw new Error('bad mac');
  const parsed = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { bh: string };
  if (parsed.bh !== bodyHash(body)) throw new Error('other body');
  return parsed;
};

const secret = new TextEncoder().encode('s'.repeat(43));
const clientPair = await generateKeyPair('ES256', { extractable: true });
const jwks = createLocalJWKSet({
  keys: [{ ...(await exportJWK(clientPair.publicKey)), alg: 'ES256', kid: 'k1' }],
});
const total = iterations * runs;
const clientToken = (sub: string, kind: 'HS256' | 'ES256') =>
  new SignJWT({ role: 'pension_officer', agency: 'pensions' })
    .setProtectedHeader(kind === 'HS256' ? { alg: 'HS256' } : { alg: 'ES256', kid: 'k1' })
    .setSubject(sub)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(kind === 'HS256' ? secret : clientPair.privateKey);
const distinct = async (kind: 'HS256' | 'ES256') => {
  const tokens: string[] = [];
  for (let i = 0; i < total; i++) tokens.push(await clientToken(`bench-${i}`, kind));
  return tokens;
};
const hsTokens = await distinct('HS256');
const esTokens = await distinct('ES256');
const hs = createClientAuthenticator({
  issuer: ISSUER,
  audience: AUDIENCE,
  key: { kind: 'secret', secret },
});
const es = createClientAuthenticator({
  issuer: ISSUER,
  audience: AUDIENCE,
  key: { kind: 'jwks', keys: jwks },
});
const at = (tokens: string[], run: number, i: number) => tokens[run * iterations + i] ?? '';

// Signed after the client tokens, which take seconds on a loaded machine: it must not expire.
const internal = signInternalToken(identity, signing);
// Warm-up, so the first measured run is not the JIT's.
for (let i = 0; i < 500; i++) {
  signInternalToken(identity, signing);
  verifyInternalToken(internal, verifying);
}

const lines = {
  'internal sign (HS256 JWT)': await median(() => () => signInternalToken(identity, signing)),
  'internal verify (HS256 JWT)': await median(() => () => verifyInternalToken(internal, verifying)),
  'compact floor sign (HMAC over JSON)': await median(() => compactSign),
  'compact floor verify': await median(() => compactVerify),
  'client verify HS256, cold (each token new)': await median(
    (run) => (i) => hs(request(at(hsTokens, run, i)), 'rid'),
  ),
  'client verify HS256, same token again': await median(
    () => () => hs(request(hsTokens[0] ?? ''), 'rid'),
  ),
  'client verify ES256 JWKS, cold (each token new)': await median(
    (run) => (i) => es(request(at(esTokens, run, i)), 'rid'),
  ),
  'client verify ES256 JWKS, same token again': await median(
    () => () => es(request(esTokens[0] ?? ''), 'rid'),
  ),
};
process.stdout.write(
  `${iterations} iterations × ${runs} runs, CPU µs per operation (median)\n` +
    Object.entries(lines)
      .map(([name, value]) => `  ${name.padEnd(48)} ${value}`)
      .join('\n') +
    '\n',
);
