import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrCreateDevKeys } from '@dost/platform/devKeys.ts';
import { readEnv } from '@dost/platform/env.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { buildDist } from '../../scripts/build/buildDist.ts';
import { BUILD_ENTRIES, DIST_DIR, WORKER_ENTRIES } from '../../scripts/build/entries.ts';
import { signClientToken } from '../../scripts/lib/signClientToken.ts';
import { purposeHeader } from '../helpers/purposes.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Ports free right now, one per name: the processes below are told them before they listen. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((resolve, reject) => {
          server.once('error', reject);
          server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            if (address === null || typeof address === 'string') reject(new Error('no port'));
            else resolve(address.port);
          });
        }),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

// `npm start` as production runs it: the esbuild bundles in dist/, each process plain node
// (no tsx), the assets they read beside their sources found from dist/. A build that bundles
// but cannot start, or cannot find its SDL, supergraph, manifest or playground, fails here.
describe('compiled start (dist/)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-compiled-'));
  let launcher: ChildProcess;
  let gateway = '';
  let vars: Record<string, string> = {};

  beforeAll(async () => {
    await buildDist({ root: ROOT });
    const names = Object.keys(REGISTRY_SUBGRAPHS);
    const [gatewayPort = 0, registryPort = 0, ...ports] = await freePorts(names.length + 2);
    vars = {
      DOST_DATA_DIR: dataDir,
      DOST_HOST: '127.0.0.1',
      DOST_SEED_CITIZENS: '40',
      DOST_GATEWAY_PORT: String(gatewayPort),
      DOST_REGISTRY_PORT: String(registryPort),
      LOG_LEVEL: 'warn',
      ...Object.fromEntries(
        names.map((name, i) => [`DOST_${name.toUpperCase()}_PORT`, String(ports[i])]),
      ),
    };
    gateway = `http://127.0.0.1:${gatewayPort}`;
    // Relaxed: the launcher inherits the environment (PATH) without this run's DOST_* settings,
    // so it runs on the embedded SQLite of its own folder whatever database the run was given.
    // eslint-disable-next-line no-restricted-properties
    const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('DOST_'));
    launcher = spawn(process.execPath, [join(ROOT, DIST_DIR, 'start.js')], {
      cwd: ROOT,
      // NODE_OPTIONS cleared: vitest's own loader hooks must not reach the compiled processes.
      env: { ...Object.fromEntries(inherited), ...vars, NODE_ENV: 'development', NODE_OPTIONS: '' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }, 120_000);

  afterAll(async () => {
    if (launcher.exitCode === null) {
      const exited = new Promise((resolve) => launcher.once('exit', resolve));
      launcher.kill('SIGINT');
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('builds one bundle per production process', () => {
    for (const name of Object.keys(BUILD_ENTRIES)) {
      expect(existsSync(join(ROOT, DIST_DIR, `${name}.js`)), name).toBe(true);
    }
  });

  it('bundles the audit worker beside them, and it loads with plain node', async () => {
    expect(Object.keys(WORKER_ENTRIES)).toEqual(['auditAppendWorker']);
    // What a gateway on MariaDB starts (createWorkerAppender); the embedded default never does.
    const worker = new Worker(join(ROOT, DIST_DIR, 'auditAppendWorker.js'), {
      workerData: { client: 'better-sqlite3', connection: { filename: ':memory:' } },
    });
    try {
      const first = await new Promise((resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      expect(first).toEqual({ ready: true });
    } finally {
      await worker.terminate();
    }
  });

  it('starts every process from dist/ and is ready with every registry up', async () => {
    let body: { status?: string; registries?: Record<string, string> } = {};
    for (let attempt = 0; attempt < 240 && body.status !== 'ready'; attempt += 1) {
      if (launcher.exitCode !== null) throw new Error(`npm start exited (${launcher.exitCode})`);
      const response = await fetch(`${gateway}/readyz`).catch(() => null);
      if (response !== null) body = (await response.json()) as typeof body;
      if (body.status !== 'ready') await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(body.status).toBe('ready');
    expect(Object.keys(body.registries ?? {}).sort()).toEqual(
      Object.keys(REGISTRY_SUBGRAPHS).sort(),
    );
  }, 90_000);

  it('answers a one-window query through the compiled gateway and subgraphs', async () => {
    const env = readEnv(vars);
    const { clientSecret } = await loadOrCreateDevKeys(dataDir);
    const token = await signClientToken(
      { sub: 'op-17', role: 'operator', centre: 'baku-1' },
      { secret: clientSecret, issuer: env.jwtIssuer, audience: env.jwtAudience, ttlSeconds: 300 },
    );
    const response = await fetch(`${gateway}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...purposeHeader('operator', '5ZK7P2Q'),
      },
      body: JSON.stringify({
        query: '{ citizen(fin: "5ZK7P2Q") { fullName pension { labourPension { status } } } }',
      }),
    });
    const result = (await response.json()) as {
      data?: { citizen?: { fullName?: string; pension?: unknown } };
      errors?: unknown;
    };
    expect(result.errors).toBeUndefined();
    expect(result.data?.citizen?.fullName).toMatch(/\S/);
    expect(result.data?.citizen?.pension).not.toBeUndefined();
  }, 30_000);

  it('serves the playground and the app, whose files it finds from dist/', async () => {
    const playground = await fetch(`${gateway}/graphql`, { headers: { accept: 'text/html' } });
    expect(playground.status).toBe(200);
    const app = await fetch(`${gateway}/app/`);
    expect(app.status).toBe(200);
  });
});
