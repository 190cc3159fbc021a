import { generateInternalSecret } from '@dost/platform/internalCallKey.ts';
import type { CheckResult } from './ConformanceReport.ts';
import type { ConformanceContext } from './ConformanceContext.ts';
import { entitiesCall } from './entitiesCall.ts';
import { describeAnswer, isAccepted, isRefused } from './graphqlAnswer.ts';
import { rootQuery } from './rootQuery.ts';
import type { Signing } from './SubgraphClient.ts';

/** A token the subgraph must refuse, and how to make it. */
interface Attack {
  readonly name: string;
  readonly signing: (base: Signing, body: string) => Signing | null;
}

// A key of the right kind (32 secret bytes) that is not this subgraph's: another subgraph's
// call key looks exactly like it, since HKDF's outputs are indistinguishable from random.
const strangerKey = generateInternalSecret();

const ATTACKS: readonly Attack[] = [
  { name: 'unsigned', signing: () => null },
  { name: "MAC'd with another key", signing: (base) => ({ ...base, key: strangerKey }) },
  {
    name: 'signed for another subgraph',
    signing: (base) => ({ ...base, audience: `not-${base.audience ?? ''}` }),
  },
  { name: 'expired', signing: (base) => ({ ...base, ttlSeconds: -60 }) },
  {
    name: 'signed for another body (bh)',
    signing: (base, body) => ({ ...base, signedBody: `${body} ` }),
  },
  { name: 'alg none, no signature', signing: (base) => ({ ...base, alg: 'none' }) },
  { name: 'alg ES256', signing: (base) => ({ ...base, alg: 'ES256' }) },
  { name: 'alg HS512 with its own key', signing: (base) => ({ ...base, alg: 'HS512' }) },
];

/**
 * What the gateway's MAC is worth: for `_service`, `_entities` and a root query, a correctly
 * signed call is answered (the control), and an unsigned call, a token of another key, for
 * another subgraph, expired, signed for another body, or under another algorithm (`none`,
 * ES256, HS512), and the control's own request sent a second time (same `jti`), are each
 * refused with no data.
 */
export async function checkSignedCalls(context: ConformanceContext): Promise<CheckResult> {
  const { client, identity, fin, sdl } = context;
  const root = rootQuery(sdl, fin);
  const operations = [
    { name: '_service', body: JSON.stringify({ query: '{ _service { sdl } }' }) },
    { name: '_entities', body: entitiesCall([fin], '__typename') },
    { name: `root query ${root.name}`, body: root.body },
  ];
  const details: string[] = [];
  let failures = 0;
  const record = (ok: boolean, line: string) => {
    if (!ok) failures += 1;
    details.push(`${ok ? '✓' : '✗'} ${line}`);
  };
  for (const { name, body } of operations) {
    const base: Signing = { identity, audience: client.audience };
    const control = client.prepare(body, base);
    const answer = await client.send(control);
    record(isAccepted(answer), `${name}, signed: accepted (${describeAnswer(answer)})`);
    const replay = await client.send(control);
    record(isRefused(replay), `${name}, replayed (same jti): refused (${describeAnswer(replay)})`);
    for (const attack of ATTACKS) {
      const refused = await client.post(body, attack.signing(base, body));
      record(isRefused(refused), `${name}, ${attack.name}: refused (${describeAnswer(refused)})`);
    }
  }
  return {
    id: 'signed-calls',
    title: "Only the gateway's signed calls are answered",
    status: failures === 0 ? 'pass' : 'fail',
    summary:
      failures === 0
        ? `${details.length} calls: each signed call answered once, every other refused`
        : `${failures} of ${details.length} calls answered wrongly`,
    details,
  };
}
