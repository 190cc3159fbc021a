import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCodes, operator } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const S1_PENSION =
  'query($r:[_Any!]!){_entities(representations:$r){...on Citizen{pension{labourPension{type status amount}}}}}';
const variables = { r: [{ __typename: 'Citizen', fin: '5ZK7P2Q' }] };

/** One sample of the subgraph's /metrics, 0 when the series is absent. */
async function requestsWithOutcome(subgraph: TestSubgraph, outcome: string): Promise<number> {
  const url = subgraph.url.replace(/\/graphql$/, '/metrics');
  const text = await (await request(url)).body.text();
  const line = text
    .split('\n')
    .find((row) => row.startsWith(`dost_subgraph_requests_total{outcome="${outcome}"} `));
  return line === undefined ? 0 : Number(line.split(' ')[1]);
}

describe.each(testDialects())(
  'a subgraph counts each request by its outcome ($name)',
  (dialect) => {
    let subgraph: TestSubgraph;
    beforeAll(async () => {
      subgraph = await startTestSubgraph({ name: 'pensions', dialect });
    });
    afterAll(async () => {
      await subgraph.close();
    });

    it('counts a refused call under FORBIDDEN, not OK', async () => {
      const before = {
        ok: await requestsWithOutcome(subgraph, 'OK'),
        forbidden: await requestsWithOutcome(subgraph, 'FORBIDDEN'),
      };
      // Staff without a stated purpose: answered 200 with FORBIDDEN errors.
      const refused = await subgraph.call(S1_PENSION, operator({ purpose: null }), { variables });
      expect(errorCodes(refused)).toContain('FORBIDDEN');
      expect((await subgraph.call(S1_PENSION, operator(), { variables })).errors).toBeUndefined();
      expect(await requestsWithOutcome(subgraph, 'FORBIDDEN')).toBe(before.forbidden + 1);
      expect(await requestsWithOutcome(subgraph, 'OK')).toBe(before.ok + 1);
    });
  },
);
