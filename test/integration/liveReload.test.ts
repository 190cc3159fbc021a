import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { Listening } from '@dost/platform/listen.ts';
import type { Role } from '@dost/platform/roles.ts';
import { publishSubgraph } from '../../scripts/lib/publishSubgraph.ts';
import { purposeHeader } from '../helpers/purposes.ts';
import { runSchemaPublish } from '../helpers/runSchemaPublish.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import {
  startTrainingAgency,
  TRAINING_CHECK_ARGS,
  TRAINING_SDL_FILE,
} from '../helpers/startTrainingAgency.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const ONE_WINDOW = /* GraphQL */ `
  query OneWindow($fin: FIN!) {
    citizen(fin: $fin) {
      fin
      fullName
      pension {
        labourPension {
          status
          amount
        }
      }
      unemployment {
        status
      }
      disability {
        degree
      }
    }
  }
`;
const TRAINING = /* GraphQL */ `
  query Training($fin: FIN!) {
    citizen(fin: $fin) {
      fullName
      training {
        programme
        status
        completedOn
      }
    }
  }
`;
const FINS = ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'];
const POLL_MS = 200;
const CLIENTS = 8;
/** Pause between one client's requests: a steady load that leaves room on two cores. */
const THINK_MS = 20;
/** Load before the publish starts and after the new version is served. */
const STEADY_MS = 1_500;
/** Parses as GraphQL, so only the gateway's own loading can refuse it. */
const NOT_A_SUPERGRAPH = 'type Query { broken: Int }';

type LoadRole = Extract<Role, 'operator' | 'citizen'>;

interface Outcome {
  readonly at: number;
  readonly status: number;
  readonly problem: string | null;
}

describe.each(testDialects())('live supergraph reload on $name', (dialect) => {
  let system: RunningSystem;
  let training: Listening;
  const run = `reload-${randomBytes(3).toString('hex')}`;
  /** Each role's answer per FIN before the reload: the load must get exactly these. */
  const expected = new Map<string, unknown>();

  beforeAll(async () => {
    system = await startSystem(dialect, {
      citizens: 60,
      schemaRegistry: { pollMs: POLL_MS },
      // As in production: the subgraph the registry adds must pass the same check.
      gateway: { refusePlainSubgraphs: true },
    });
    // The agency's own subgraph (agencies/training), seeded as the agency would be: it is given
    // the FINs, and keeps fixed courses for the demo citizens.
    training = await startTrainingAgency({
      dialect,
      fins: FINS,
      callKey: system.callKey('training'),
      tls: await system.subgraphTls('training'),
      log: createLogger({ level: 'silent' }),
    });
    for (const role of ['operator', 'citizen'] as const) {
      for (const fin of FINS) {
        const answer = await ask(role, fin, ONE_WINDOW, `${run}-probe`);
        expect(answer.errors, `${role} ${fin}`).toBeUndefined();
        expected.set(`${role}:${fin}`, answer.data);
      }
    }
  });
  afterAll(async () => {
    await training.close();
    await system.close();
  });

  /** One request; a citizen asks about their own FIN, and each load client is its own operator. */
  async function ask(role: LoadRole, fin: string, query: string, requestId: string, sub = 'op-1') {
    const token = await system.token(
      role === 'citizen' ? { sub: `c-${fin}`, role, fin } : { sub, role, centre: 'baku-1' },
    );
    const response = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
        ...purposeHeader(role, fin),
      },
      body: JSON.stringify({ query, variables: { fin } }),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    return { status: response.status, ...body };
  }

  async function readyz(): Promise<Record<string, unknown>> {
    const response = await fetch(system.gatewayUrl.replace('/graphql', '/readyz'));
    return { httpStatus: response.status, ...((await response.json()) as object) };
  }

  async function servedVersion(version: number, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while ((await readyz())['supergraphVersion'] !== version) {
      if (Date.now() > until) throw new Error(`version ${version} not served in ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  /** Clients asking the one-window view in turn until `stop()`; every answer is judged. */
  function startLoad() {
    let stopping = false;
    const clients = Array.from({ length: CLIENTS }, async (_, client) => {
      const role: LoadRole = client % 2 === 0 ? 'operator' : 'citizen';
      const outcomes: Outcome[] = [];
      for (let n = 0; !stopping; n += 1) {
        const fin = FINS[(client + n) % FINS.length] ?? '5ZK7P2Q';
        const answer = await ask(
          role,
          fin,
          ONE_WINDOW,
          `${run}-c${client}-${n}`,
          `op-${client}`,
        ).catch((error: unknown) => ({ status: 0, data: undefined, errors: [String(error)] }));
        const problem =
          answer.errors !== undefined
            ? JSON.stringify(answer.errors)
            : JSON.stringify(answer.data) === JSON.stringify(expected.get(`${role}:${fin}`))
              ? null
              : `wrong data for ${role} ${fin}`;
        outcomes.push({ at: Date.now(), status: answer.status, problem });
        await sleep(THINK_MS);
      }
      return outcomes;
    });
    return {
      stop: async () => {
        stopping = true;
        return (await Promise.all(clients)).flat();
      },
    };
  }

  it('publishes a new subgraph under load: no failed request, the new field answered and audited', async () => {
    const before = await readyz();
    expect(before).toMatchObject({
      httpStatus: 200,
      supergraph: 'loaded',
      supergraphVersion: null,
    });

    const load = startLoad();
    await sleep(STEADY_MS);
    const publishedAt = Date.now();
    const published = await runSchemaPublish(
      system.schemaRegistryEnv,
      'training',
      ...TRAINING_CHECK_ARGS,
      fileURLToPath(TRAINING_SDL_FILE),
      '--url',
      training.url,
      '--by',
      'sea-ci',
    );
    expect(published.out).toContain('Published training as supergraph version 1.');
    await servedVersion(1);
    const servedAt = Date.now();
    await sleep(STEADY_MS);
    const outcomes = await load.stop();

    const failed = outcomes.filter((o) => o.status !== 200 || o.problem !== null);
    const during = outcomes.filter((o) => o.at >= publishedAt && o.at <= servedAt);
    const figures = {
      requests: outcomes.length,
      whilePublishingAndReloading: during.length,
      reloadMs: servedAt - publishedAt,
      afterReload: outcomes.filter((o) => o.at > servedAt).length,
      failed: failed.length,
    };
    process.stdout.write(
      `reload-under-load figures (${dialect.name}) ${JSON.stringify(figures)}\n`,
    );
    expect(failed).toEqual([]);
    expect(during.length).toBeGreaterThan(0);
    expect(outcomes.filter((o) => o.at > servedAt).length).toBeGreaterThan(0);

    // The new field is answered through the gateway, from the new subgraph, over mutual TLS.
    const requestId = `${run}-training`;
    const answer = await ask('operator', '3HRT9WX', TRAINING, requestId);
    expect(answer).toMatchObject({
      status: 200,
      data: {
        citizen: {
          training: {
            programme: 'Welding (MIG/MAG), level 2',
            status: 'ENROLLED',
            completedOn: null,
          },
        },
      },
    });
    expect(answer.errors).toBeUndefined();

    // Its read is audited like any other: the new registry and its fields are named.
    const record = (await system
      .auditDb(AUDIT_TABLES.record)
      .where('correlation_id', requestId)
      .first()) as { outcome: string; registries: string; fields: string; subjects: string };
    expect(record.outcome).toBe('DISCLOSED');
    expect(JSON.parse(record.registries)).toEqual(expect.arrayContaining(['people', 'training']));
    expect(JSON.parse(record.fields)).toEqual(
      expect.arrayContaining(['Citizen.training', 'TrainingRecord.programme']),
    );
    expect(JSON.parse(record.subjects)).toEqual(['3HRT9WX']);

    // /readyz serves version 1 and probes the new subgraph with the others.
    expect(await readyz()).toMatchObject({
      httpStatus: 200,
      status: 'ready',
      supergraph: 'loaded',
      supergraphVersion: 1,
      registries: { training: 'up', people: 'up' },
    });
  });

  it('keeps serving the last good supergraph when a newer one cannot be served', async () => {
    const registry = system.schemaRegistry;
    if (registry === null) throw new Error('no schema registry');
    const served = await registry.latestVersion();
    // One that does not load at all …
    const broken = await registry.record({
      subgraph: 'training',
      subgraphs: [],
      supergraphSdl: NOT_A_SUPERGRAPH,
      basedOn: served,
      publishedBy: 'test',
      forced: true,
      checks: {},
    });
    expect(broken.ok).toBe(true);
    await sleep(POLL_MS * 4);
    // … and one that composes but would call the new subgraph in clear text.
    const plain = await publishSubgraph({
      registry,
      candidate: {
        name: 'training',
        url: training.url.replace('https:', 'http:'),
        sdl:
          (await registry.publishedSet()).subgraphs.find((s) => s.name === 'training')?.sdl ?? '',
      },
      publishedBy: 'test',
    });
    expect(plain).toMatchObject({ ok: true, version: 3 });
    await sleep(POLL_MS * 4);

    expect(await readyz()).toMatchObject({
      httpStatus: 200,
      status: 'ready',
      supergraphVersion: 1,
    });
    const answer = await ask('citizen', '5ZK7P2Q', TRAINING, `${run}-after-broken`);
    expect(answer).toMatchObject({
      status: 200,
      data: { citizen: { training: { status: 'COMPLETED', completedOn: '2024-06-28' } } },
    });
  });
});

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
