import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphClient, runConformance, type ConformanceReport } from '@dost/conformance';
import { createLogger } from '@dost/platform/createLogger.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { isRole } from '@dost/platform/roles.ts';
import { createGatewayAuthenticator, type Authenticator } from '@dost/subgraph-kit';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { buildProfile } from '../helpers/buildProfile.ts';
import { REGISTRY_SEEDERS } from '../../seed/registrySeeders.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';
import { createTestKeys } from '../helpers/testKeys.ts';

const [sqlite] = testDialects();
const FINS = ['5ZK7P2Q', '3HRT9WX'];

/** The claims of a token, read without checking anything: the flaw the fixture has. */
function unverifiedClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
    string,
    unknown
  >;
}

/**
 * A people subgraph that checks the kit's way, except that it also takes any token whose
 * header names HS512 on trust: the algorithm left open. The conformance suite must catch it.
 */
function laxAuthenticator(strict: Authenticator): Authenticator {
  return async (req: IncomingMessage, body: string) => {
    const token = req.headers[INTERNAL_TOKEN_HEADER];
    if (typeof token !== 'string') return strict(req, body);
    const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString()) as {
      alg?: unknown;
    };
    if (header.alg !== 'HS512') return strict(req, body);
    const claims = unverifiedClaims(token);
    if (!isRole(claims['role'])) return strict(req, body);
    return {
      identity: {
        actor: String(claims['sub']),
        role: claims['role'],
        fin: null,
        centre: typeof claims['centre'] === 'string' ? claims['centre'] : null,
        agency: typeof claims['agency'] === 'string' ? claims['agency'] : null,
        scopes: [],
        purpose: typeof claims['purpose'] === 'string' ? claims['purpose'] : null,
        requestId: 'lax',
      },
      traceparent: null,
    };
  };
}

describe("the conformance suite's signed-calls check", () => {
  const keys = createTestKeys();
  let store: TestDb;
  let server: Listening;
  let stop: () => Promise<void>;

  const run = async (): Promise<ConformanceReport> => {
    const client = createSubgraphClient({
      url: server.url,
      audience: 'people',
      key: keys.callKey('people'),
    });
    try {
      return await runConformance({ client, fins: FINS });
    } finally {
      await client.close();
    }
  };
  const start = async (authenticate: Authenticator) => {
    const people = REGISTRY_SUBGRAPHS.people;
    const running = people.create({
      db: store.db,
      log: createLogger({ level: 'silent' }),
      authenticate,
    });
    await running.start();
    server = await listen(running.handlers, { log: createLogger({ level: 'silent' }) });
    stop = async () => {
      await server.close();
      await running.stop();
    };
  };

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    const people = REGISTRY_SUBGRAPHS.people;
    store = await openTestRegistry(sqlite, people.database, people.migrations);
    await REGISTRY_SEEDERS.people?.(
      store.db,
      FINS.map((fin, index) => buildProfile({ index, fin })),
    );
  });
  afterAll(() => store.cleanup());

  it('passes the kit’s own authenticator on every algorithm line (the control)', async () => {
    await start(
      createGatewayAuthenticator({ callKey: keys.callKey('people'), audience: 'people' }),
    );
    try {
      const check = (await run()).checks.find((c) => c.id === 'signed-calls');
      expect(check?.status, check?.details.join('\n')).toBe('pass');
      expect(check?.details.filter((line) => line.includes('alg '))).toHaveLength(9);
    } finally {
      await stop();
    }
  }, 60_000);

  it('fails a subgraph that leaves the algorithm open, on its HS512 lines alone', async () => {
    const strict = createGatewayAuthenticator({
      callKey: keys.callKey('people'),
      audience: 'people',
    });
    await start(laxAuthenticator(strict));
    try {
      const check = (await run()).checks.find((c) => c.id === 'signed-calls');
      expect(check?.status).toBe('fail');
      const failed = check?.details.filter((line) => line.startsWith('✗')) ?? [];
      expect(failed.length, failed.join('\n')).toBeGreaterThan(0);
      expect(
        failed.every((line) => line.includes('alg HS512')),
        failed.join('\n'),
      ).toBe(true);
    } finally {
      await stop();
    }
  }, 60_000);
});
