import { Agent, request } from 'undici';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';
import { BENCH_PURPOSE } from './benchIdentities.ts';
import {
  BENCH_HOST,
  GATEWAY_PORTS,
  SUBGRAPH_PORTS,
  subgraphUrl,
  type ConfigId,
} from './benchSettings.ts';
import type { BenchTokens } from './createBenchTokens.ts';
import type { FinPool } from './FinPool.ts';
import type { PlannedRequest } from './runLoad.ts';
import type { FinSource, Scenario } from './scenarios.ts';

export interface RequestPlan {
  readonly url: string;
  /** Set when the URL is a subgraph's (e): the gateway's client certificate, to get in. */
  readonly tls?: TlsIdentity;
  /** The next request, with the FINs it asks about. */
  next(): PlannedRequest & { fins: readonly string[] };
}

/** How one configuration is called for one scenario, drawing FINs from `pools`. */
export function planRequests(options: {
  scenario: Scenario;
  config: ConfigId;
  pools: Readonly<Record<FinSource, FinPool>>;
  tokens: BenchTokens;
  /** The gateway's client certificate, which (e) presents to the subgraph it calls. */
  tls: TlsIdentity;
}): RequestPlan {
  const { scenario, config, pools, tokens, tls } = options;
  const pool = pools[scenario.source];
  const draw = () => (scenario.batch === 1 ? [pool.pick()] : pool.pickMany(scenario.batch));
  if (config === 'e') {
    const { subgraph, query } = scenario.floor;
    return {
      url: subgraphUrl(SUBGRAPH_PORTS[subgraph]),
      tls,
      next() {
        const fins = draw();
        const representations = fins.map((fin) => ({ __typename: 'Citizen', fin }));
        const body = JSON.stringify({ query, variables: { representations } });
        const sign =
          scenario.caller === 'citizen'
            ? tokens.internalCitizen(fins[0] ?? '')
            : tokens.internalStaff;
        return {
          fins,
          headers: {
            'content-type': 'application/json',
            [INTERNAL_TOKEN_HEADER]: sign(subgraph, body),
          },
          body,
        };
      },
    };
  }
  let turn = 0;
  return {
    url: `http://${BENCH_HOST}:${GATEWAY_PORTS[config]}/graphql`,
    next() {
      const fins = draw();
      turn += 1;
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (scenario.caller === 'citizen') {
        headers['authorization'] = `Bearer ${tokens.citizens.get(fins[0] ?? '') ?? ''}`;
      } else {
        const staff = tokens.staff[scenario.caller];
        headers['authorization'] = `Bearer ${staff[turn % staff.length] ?? ''}`;
        headers['x-dost-purpose'] = BENCH_PURPOSE;
      }
      const variables = scenario.variables(fins);
      const { documentId } = scenario;
      const body = JSON.stringify(
        documentId === undefined ? { query: scenario.query, variables } : { documentId, variables },
      );
      return { fins, headers, body };
    },
  };
}

/** Sends one planned request and says what is wrong with its answer, or null when it is right. */
export async function smokeCheck(
  plan: RequestPlan,
  scenario: Scenario,
  floor: boolean,
): Promise<string | null> {
  const { fins, headers, body } = plan.next();
  const { tls } = plan;
  const dispatcher = new Agent(
    tls === undefined ? {} : { connect: { ca: tls.ca, cert: tls.cert, key: tls.key } },
  );
  const response = await request(plan.url, { dispatcher, method: 'POST', headers, body }).finally(
    () => dispatcher.close(),
  );
  const text = await response.body.text();
  if (response.statusCode !== 200) return `HTTP ${response.statusCode}: ${text.slice(0, 300)}`;
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (json.errors !== undefined) return `errors: ${JSON.stringify(json.errors).slice(0, 300)}`;
  return scenario.check(json.data, fins, floor);
}
