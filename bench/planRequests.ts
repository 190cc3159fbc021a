import { INTERNAL_TOKEN_HEADER } from '../platform/internalToken.ts';
import { BENCH_PURPOSE } from './benchIdentities.ts';
import { BENCH_HOST, GATEWAY_PORTS, SUBGRAPH_PORTS, type ConfigId } from './benchSettings.ts';
import type { BenchTokens } from './createBenchTokens.ts';
import type { FinPool } from './FinPool.ts';
import type { PlannedRequest } from './runLoad.ts';
import type { FinSource, Scenario } from './scenarios.ts';

export interface RequestPlan {
  readonly url: string;
  /** The next request, with the FINs it asks about. */
  next(): PlannedRequest & { fins: readonly string[] };
}

/** How one configuration is called for one scenario, drawing FINs from `pools`. */
export function planRequests(options: {
  scenario: Scenario;
  config: ConfigId;
  pools: Readonly<Record<FinSource, FinPool>>;
  tokens: BenchTokens;
}): RequestPlan {
  const { scenario, config, pools, tokens } = options;
  const pool = pools[scenario.source];
  const draw = () => (scenario.batch === 1 ? [pool.pick()] : pool.pickMany(scenario.batch));
  if (config === 'e') {
    const { subgraph, query } = scenario.floor;
    return {
      url: `http://${BENCH_HOST}:${SUBGRAPH_PORTS[subgraph]}/graphql`,
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
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables(fins) });
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
  const response = await fetch(plan.url, { method: 'POST', headers, body });
  const text = await response.text();
  if (response.status !== 200) return `HTTP ${response.status}: ${text.slice(0, 300)}`;
  const json = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (json.errors !== undefined) return `errors: ${JSON.stringify(json.errors).slice(0, 300)}`;
  return scenario.check(json.data, fins, floor);
}
