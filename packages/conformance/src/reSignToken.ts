import { createHmac, sign, type KeyObject } from 'node:crypto';
import type { InternalCallKey } from '@dost/platform/internalCallKey.ts';

/** An algorithm a subgraph must refuse although the claims are the gateway's own. */
export type ForeignAlgorithm = 'none' | 'ES256' | 'HS512';

/**
 * The same claims under another algorithm: `none` with no signature, ES256 signed with
 * `ecKey`, or HS512 with the subgraph's own call key. A subgraph pinned to HS256 refuses all
 * three; one that read the algorithm from the token would accept at least one.
 */
export function reSignToken(
  token: string,
  { alg, callKey, ecKey }: { alg: ForeignAlgorithm; callKey: InternalCallKey; ecKey: KeyObject },
): string {
  const payload = token.split('.')[1] ?? '';
  const header = Buffer.from(JSON.stringify({ alg, typ: 'JWT' })).toString('base64url');
  const input = `${header}.${payload}`;
  if (alg === 'none') return `${input}.`;
  const signature =
    alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key: ecKey, dsaEncoding: 'ieee-p1363' })
      : createHmac('sha512', callKey).update(input).digest();
  return `${input}.${signature.toString('base64url')}`;
}
