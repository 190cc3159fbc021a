import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** Readiness probes are cached for a second; wait that out between states. */
const PROBE_CACHE_MS = 1_100;
const settle = () => new Promise((resolve) => setTimeout(resolve, PROBE_CACHE_MS));

describe.each(testDialects())('health endpoints on $name', (dialect) => {
  let system: RunningSystem;
  const get = async (path: string) => {
    const response = await fetch(system.gatewayUrl.replace('/graphql', path));
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    system = await startSystem(dialect, { citizens: 20 });
  });
  afterAll(() => system.close());

  it('/healthz says the process is alive', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('/readyz is ready with the supergraph loaded, audit writable and every registry up', async () => {
    const { status, body } = await get('/readyz');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'ready',
      supergraph: 'loaded',
      audit: 'writable',
      degraded: [],
    });
    expect(Object.keys(body['registries'] as object).sort()).toEqual([
      'audit',
      'disability',
      'pensions',
      'people',
      'services',
      'unemployment',
    ]);
  });

  it('/readyz names a registry that is down, and recovers when it is back', async () => {
    await settle();
    let whileDown: Awaited<ReturnType<typeof get>> | undefined;
    await system.restartSubgraph('pensions', {
      whileDown: async () => {
        whileDown = await get('/readyz');
      },
    });
    expect(whileDown?.status).toBe(200);
    expect(whileDown?.body).toMatchObject({ status: 'degraded', degraded: ['pensions'] });
    await settle();
    expect((await get('/readyz')).body['status']).toBe('ready');
  });

  it('/readyz answers 503 while the audit store cannot be written', async () => {
    const away = `${AUDIT_TABLES.head}_away`;
    await system.auditDb.schema.renameTable(AUDIT_TABLES.head, away);
    try {
      const { status, body } = await get('/readyz');
      expect(status).toBe(503);
      expect(body).toMatchObject({ status: 'not_ready', audit: 'not_writable' });
    } finally {
      await system.auditDb.schema.renameTable(away, AUDIT_TABLES.head);
    }
    expect((await get('/readyz')).status).toBe(200);
  });
});
