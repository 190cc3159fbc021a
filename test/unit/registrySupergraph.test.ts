import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { refusePlainSubgraphs } from '../../gateway/datasource/refusePlainSubgraphs.ts';
import { subgraphEndpoints } from '../../gateway/health/subgraphEndpoints.ts';
import {
  createRegistrySupergraph,
  type RegistrySupergraph,
} from '../../gateway/supergraph/createRegistrySupergraph.ts';
import { openSchemaRegistry, type OpenedSchemaRegistry } from '@dost/schema-registry';
import { SUPERGRAPH_FILE } from '../../scripts/lib/composeSupergraph.ts';
import { publishSubgraph } from '../../scripts/lib/publishSubgraph.ts';
import { TRAINING_SDL_FILE } from '../helpers/startTrainingAgency.ts';

const COMMITTED = readFileSync(SUPERGRAPH_FILE, 'utf8');
const TRAINING_SDL = readFileSync(TRAINING_SDL_FILE, 'utf8');
const POLL_MS = 50;
/** Parses as GraphQL, so only the gateway's own loading can refuse it. */
const NOT_A_SUPERGRAPH = 'type Query { broken: Int }';
/** The core subgraphs at https, as production requires (the committed URLs are plain). */
const HTTPS_ALL = Object.fromEntries(
  ['people', 'pensions', 'unemployment', 'disability', 'audit', 'services'].map((name) => [
    name,
    `https://${name}.example/graphql`,
  ]),
);

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly version?: number | null;
  readonly code?: string;
}

describe('a gateway following the schema registry', () => {
  let registry: OpenedSchemaRegistry;
  let gateway: ApolloGateway | undefined;
  const lines: LogLine[] = [];
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });

  beforeEach(async () => {
    lines.length = 0;
    registry = await openSchemaRegistry({ url: undefined, dataDir: ':memory:' });
  });
  afterEach(async () => {
    await gateway?.stop();
    gateway = undefined;
    await registry.close();
  });

  /** Loads a real ApolloGateway on the registry; `schema()` is what it serves now. */
  async function start(refusePlain = false): Promise<{
    live: RegistrySupergraph;
    schema: () => GraphQLSchema | undefined;
  }> {
    const live = createRegistrySupergraph({
      registry,
      fallbackSdl: COMMITTED,
      pollMs: POLL_MS,
      vet: (sdl) => {
        const endpoints = subgraphEndpoints(sdl, HTTPS_ALL);
        if (refusePlain) refusePlainSubgraphs(endpoints);
        return endpoints;
      },
      log,
    });
    let served: GraphQLSchema | undefined;
    gateway = new ApolloGateway({ supergraphSdl: live.manager, logger: log });
    gateway.onSchemaLoadOrUpdate(({ apiSchema }) => {
      served = apiSchema;
    });
    await gateway.load();
    return { live, schema: () => served };
  }

  const publishTraining = (url = 'https://training.example/graphql') =>
    publishSubgraph({
      registry,
      candidate: { name: 'training', url, sdl: TRAINING_SDL },
      publishedBy: 'test',
    });

  /** Waits out a few polls. */
  const polls = (count = 4) => new Promise((resolve) => setTimeout(resolve, POLL_MS * count));

  it('serves the committed supergraph while the registry is empty', async () => {
    const { live, schema } = await start();
    expect(live.version()).toBeNull();
    expect(schema()?.getType('TrainingRecord')).toBeUndefined();
    expect(Object.keys(live.endpoints())).not.toContain('training');
  });

  it('starts from the newest version, and reloads a newer one while serving, logged', async () => {
    const first = await publishTraining();
    if (!first.ok) throw new Error(first.error.message);
    const { live, schema } = await start();
    expect(live.version()).toBe(first.version);
    expect(schema()?.getType('TrainingRecord')).toBeDefined();

    const next = await publishTraining('https://training-2.example/graphql');
    if (!next.ok) throw new Error(next.error.message);
    await polls();
    expect(live.version()).toBe(next.version);
    expect(live.endpoints()['training']).toBe('https://training-2.example/graphql');
    const loaded = lines.filter((line) => line.msg === 'supergraph loaded');
    expect(loaded.map((line) => line.version)).toEqual([first.version, next.version]);
  });

  it('keeps the served supergraph when a newer one does not load, and logs it once', async () => {
    const good = await publishTraining();
    if (!good.ok) throw new Error(good.error.message);
    const { live, schema } = await start();
    const broken = await recordBroken(good.version);
    await polls(6);
    expect(live.version()).toBe(good.version);
    expect(schema()?.getType('TrainingRecord')).toBeDefined();
    const refusals = lines.filter((line) => line.code === 'SUPERGRAPH_REJECTED');
    expect(refusals.map((line) => line.version)).toEqual([broken]);

    // The next good version is served: the refusal held up nothing after it.
    const fixed = await publishTraining('https://training-3.example/graphql');
    if (!fixed.ok) throw new Error(fixed.error.message);
    await polls();
    expect(live.version()).toBe(fixed.version);
  });

  it('starts from the newest version that loads when the newest does not', async () => {
    const good = await publishTraining();
    if (!good.ok) throw new Error(good.error.message);
    const broken = await recordBroken(good.version);
    const { live, schema } = await start();
    expect(live.version()).toBe(good.version);
    expect(schema()?.getType('TrainingRecord')).toBeDefined();
    await polls();
    // Not retried on every poll.
    expect(lines.filter((line) => line.code === 'SUPERGRAPH_REJECTED')).toHaveLength(1);
    expect(lines.find((line) => line.code === 'SUPERGRAPH_REJECTED')?.version).toBe(broken);
  });

  it("applies the gateway's own checks to a subgraph named only in the registry", async () => {
    const { live, schema } = await start(true);
    const plain = await publishTraining('http://training.example/graphql');
    if (!plain.ok) throw new Error(plain.error.message);
    await polls();
    expect(live.version()).toBeNull();
    expect(schema()?.getType('TrainingRecord')).toBeUndefined();
    expect(lines.filter((line) => line.code === 'SUPERGRAPH_REJECTED')).toHaveLength(1);

    const tls = await publishTraining('https://training.example/graphql');
    if (!tls.ok) throw new Error(tls.error.message);
    await polls();
    expect(live.version()).toBe(tls.version);
    expect(schema()?.getType('TrainingRecord')).toBeDefined();
  });

  /** Records, as the next version, a supergraph that parses but cannot be served. */
  async function recordBroken(basedOn: number): Promise<number> {
    const recorded = await registry.record({
      subgraph: 'training',
      subgraphs: [],
      supergraphSdl: NOT_A_SUPERGRAPH,
      basedOn,
      publishedBy: 'test',
      forced: true,
      checks: {},
    });
    if (!recorded.ok) throw new Error(recorded.error.message);
    return recorded.version;
  }
});
