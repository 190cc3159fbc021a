import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadinessHandler } from '../../gateway/health/createReadinessHandler.ts';
import {
  createSubgraphProbe,
  type RegistryState,
} from '../../gateway/health/createSubgraphProbe.ts';
import { subgraphEndpoints } from '../../gateway/health/subgraphEndpoints.ts';
import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen } from '@dost/platform/listen.ts';

const audit = (writable: boolean): AuditWriter => ({
  record: () => Promise.reject(new Error('not used')),
  check: () => Promise.resolve(writable),
  flush: () => Promise.resolve(),
});

async function readyz(options: Parameters<typeof createReadinessHandler>[0]) {
  const server = await listen([createReadinessHandler(options)], {
    log: createLogger({ level: 'silent' }),
  });
  try {
    const response = await fetch(server.url.replace('/graphql', '/readyz'));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } finally {
    await server.close();
  }
}

const states = (value: Record<string, RegistryState>) => () => Promise.resolve(value);

describe('/readyz', () => {
  it('is ready when the supergraph is loaded, audit writable and every registry up', async () => {
    const result = await readyz({
      loaded: () => true,
      audit: audit(true),
      registries: states({ people: 'up', pensions: 'up' }),
    });
    expect(result).toEqual({
      status: 200,
      body: {
        status: 'ready',
        supergraph: 'loaded',
        audit: 'writable',
        registries: { people: 'up', pensions: 'up' },
        degraded: [],
      },
    });
  });

  it('stays in service but names a registry that is down', async () => {
    const result = await readyz({
      loaded: () => true,
      audit: audit(true),
      registries: states({ people: 'up', pensions: 'down' }),
    });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'degraded', degraded: ['pensions'] });
  });

  it.each([
    ['no supergraph yet', false, true, { people: 'up' }],
    ['audit store not writable', true, false, { people: 'up' }],
    ['no registry reachable', true, true, { people: 'down', pensions: 'down' }],
  ] as const)('answers 503 with %s', async (_case, loaded, writable, registries) => {
    const result = await readyz({
      loaded: () => loaded,
      audit: audit(writable),
      registries: states(registries),
    });
    expect(result.status).toBe(503);
    expect(result.body['status']).toBe('not_ready');
  });
});

describe('createSubgraphProbe', () => {
  let json: Server;
  let html: Server;
  let calls = 0;
  const urlOf = (server: Server) =>
    `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

  beforeAll(async () => {
    // A live subgraph refuses the unauthenticated probe with a JSON 401; that still proves it up.
    json = createServer((_req, res) => {
      calls += 1;
      res.writeHead(401, { 'content-type': 'application/json' }).end('{"errors":[]}');
    });
    html = createServer((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>'),
    );
    await Promise.all(
      [json, html].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))),
    );
  });
  afterAll(() => Promise.all([json, html].map((s) => new Promise((r) => s.close(r)))));

  it('tells up from down and reuses a result for the cache period', async () => {
    // A port that was just freed: nothing answers there.
    const stopped = await listen([], { log: createLogger({ level: 'silent' }) });
    const gone = stopped.url;
    await stopped.close();
    const probe = createSubgraphProbe({
      endpoints: { people: urlOf(json), pensions: urlOf(html), disability: gone },
      timeoutMs: 500,
      cacheMs: 60_000,
    });
    expect(await probe()).toEqual({ people: 'up', pensions: 'down', disability: 'down' });
    await probe();
    expect(calls).toBe(1);
  });

  it('reads each subgraph URL from the supergraph, overrides first', () => {
    const sdl = `enum join__Graph {
      PEOPLE @join__graph(name: "people", url: "http://127.0.0.1:4001/graphql")
      AUDIT @join__graph(name: "audit", url: "http://127.0.0.1:4005/graphql")
    }`;
    expect(subgraphEndpoints(sdl, { audit: 'http://audit.internal/graphql' })).toEqual({
      people: 'http://127.0.0.1:4001/graphql',
      audit: 'http://audit.internal/graphql',
    });
  });
});
