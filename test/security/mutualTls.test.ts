import type { TLSSocket } from 'node:tls';
import { request, type Dispatcher } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphPool } from '../../gateway/datasource/createSubgraphPool.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen } from '@dost/platform/listen.ts';
import { issueCertificate } from '@dost/platform/tls/issueCertificate.ts';
import { loadOrCreateDevCa } from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { createTestTls, testTls, type TestTls } from '../helpers/testTls.ts';

const ONE_WINDOW = `{ citizen(fin: "5ZK7P2Q") { fullName pension { labourPension { status } }
  disability { degree } unemployment { status } } }`;

/** What a caller gets from a subgraph: its HTTP status, or the transport error instead. */
async function typename(url: string, dispatcher: Dispatcher): Promise<number | string> {
  try {
    const answer = await request(url, {
      dispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    await answer.body.dump();
    return answer.statusCode;
  } catch (error) {
    return `refused (${(error as { code?: string }).code ?? String(error)})`;
  }
}

// The transport does not depend on the dialect; SQLite keeps this fast.
const [sqlite] = testDialects();

describe('gateway ↔ subgraph mutual TLS', () => {
  let system: RunningSystem;
  let tls: TestTls;
  const agents: Dispatcher[] = [];
  const agent = (client?: { cert: string; key: string }) => {
    const made = tls.agent(client);
    agents.push(made);
    return made;
  };

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 30 });
    tls = await testTls();
  });
  afterAll(async () => {
    await Promise.all(agents.map((made) => made.close()));
    await system.close();
  });

  it('answers a one-window query end to end, every subgraph over https', async () => {
    expect(Object.values(system.subgraphUrls).every((url) => url.startsWith('https://'))).toBe(
      true,
    );
    const token = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    const result = await system.query<{ citizen: { pension: unknown } | null }>(ONE_WINDOW, {
      token,
      headers: { 'x-dost-purpose': STAFF_PURPOSE },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.citizen).toMatchObject({
      fullName: expect.any(String),
      pension: { labourPension: { status: 'ACTIVE' } },
    });
  });

  it("lets the gateway's client certificate through to the subgraph's own token check", async () => {
    // The control for the refusals below: same call, same CA, only the certificate differs.
    expect(await typename(system.subgraphUrls.pensions, agent(tls.gateway))).toBe(401);
  });

  it('refuses a caller without a client certificate: no HTTP answer at all', async () => {
    expect(await typename(system.subgraphUrls.pensions, agent())).toMatch(/^refused/);
  });

  it('refuses a client certificate from another CA, even one named dost-gateway', async () => {
    const stranger = await createTestTls();
    expect(stranger.gateway.ca).not.toBe(tls.gateway.ca);
    expect(await typename(system.subgraphUrls.pensions, agent(stranger.gateway))).toMatch(
      /^refused/,
    );
  });

  it("refuses another subgraph's server certificate from the same CA", async () => {
    const people = await tls.subgraph('people');
    expect(await typename(system.subgraphUrls.pensions, agent(people))).toMatch(/^refused/);
  });

  it('refuses a client certificate from the same CA issued to another name', async () => {
    // OpenSSL accepts this one (right CA, clientAuth): only the subgraph's own check refuses it.
    const bank = await issueCertificate({
      ca: await loadOrCreateDevCa(tls.dir),
      name: 'kapital-bank',
      profile: 'client',
    });
    expect(await typename(system.subgraphUrls.pensions, agent(bank))).toMatch(/^refused/);
  });

  it('keeps connections: ten one-window requests cost at most one handshake per subgraph', async () => {
    const token = await system.token({ sub: 'op-17', role: 'operator', centre: 'baku-1' });
    let handshakes = 0;
    const count = (_socket: TLSSocket) => void (handshakes += 1);
    const server = system.subgraphServer('pensions');
    server.on('secureConnection', count);
    try {
      for (let i = 0; i < 10; i += 1) {
        const result = await system.query(ONE_WINDOW, {
          token,
          headers: { 'x-dost-purpose': STAFF_PURPOSE },
        });
        expect(result.errors).toBeUndefined();
      }
    } finally {
      server.off('secureConnection', count);
    }
    expect(handshakes).toBeLessThanOrEqual(1);
  });

  it("the gateway's pool refuses a subgraph whose certificate its CA did not sign", async () => {
    const log = createLogger({ level: 'silent' });
    const stranger = await createTestTls();
    const impostor = await listen([], { log, tls: await stranger.subgraph('pensions') });
    const ours = await listen([], { log, tls: await tls.subgraph('pensions') });
    const pool = createSubgraphPool({
      keepAliveTimeoutMs: 1_000,
      connections: 2,
      tls: tls.gateway,
    });
    try {
      expect(await typename(ours.url, pool.dispatcher)).toBe(404);
      expect(await typename(impostor.url, pool.dispatcher)).toMatch(/^refused/);
    } finally {
      await pool.close();
      await Promise.all([impostor.close(), ours.close()]);
    }
  });
});
