import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import { formatInternalCallKey } from '@dost/platform/internalCallKey.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import {
  createSubgraphClient,
  formatConformanceReport,
  runConformance,
  type ConformanceReport,
} from '@dost/conformance';
import { createNonConformingSubgraph } from '../fixtures/nonConformingSubgraph/server.ts';
import { generateProfiles, wholeHouseholds } from '../../seed/generateProfiles.ts';
import { TEST_SEED } from '../helpers/startSystem.ts';
import { startSubgraphFleet, type SubgraphFleet } from '../helpers/startSubgraphFleet.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { testTls } from '../helpers/testTls.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SUBGRAPHS = [
  'people',
  'pensions',
  'unemployment',
  'disability',
  'audit',
  'services',
  'training',
] as const;

/** Enough citizens for several disability decisions among them (below). */
const FLEET_CITIZENS = 400;
const holdsDisability = new Set(
  generateProfiles(TEST_SEED)(0, wholeHouseholds(FLEET_CITIZENS), wholeHouseholds(FLEET_CITIZENS))
    .filter((profile) => profile.disability !== null)
    .map((profile) => profile.fin),
);

/**
 * The 100 keys a subgraph is checked with. About 7 % of the synthetic population holds a
 * disability decision (5.6 % a disability status, as in life), so the first 100 FINs give
 * the disability registry a handful of answers, too few to exercise its batching: it gets the
 * fleet's citizens it holds first, then the others.
 */
function keysFor(name: (typeof SUBGRAPHS)[number], seeded: readonly string[]): string[] {
  const fins = [...seeded];
  if (name === 'disability')
    fins.sort((a, b) => Number(holdsDisability.has(b)) - Number(holdsDisability.has(a)));
  return fins.slice(0, 100);
}

/**
 * The batching check passes where a caller can read many citizens at once; the audit log is
 * readable by its own citizen alone, so one identity reads 1 of 100 keys and the check can
 * only warn that batching went unexercised (the gateway never asks it for more than one).
 */
const BATCHING: Readonly<Record<(typeof SUBGRAPHS)[number], string>> = {
  people: 'pass',
  pensions: 'pass',
  unemployment: 'pass',
  disability: 'pass',
  audit: 'warn',
  services: 'pass',
  training: 'pass',
};

/** Runs `npm run agency:conformance -- …` as an agency would (through tsx, from the repo). */
function agencyConformance(...args: string[]): Promise<{ status: number | null; out: string }> {
  // Asynchronously: the subgraphs it calls run in this very process.
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/agencyConformance.ts', ...args],
      { cwd: root, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const status = error === null ? 0 : typeof error.code === 'number' ? error.code : null;
        resolve({ status, out: `${stdout}${stderr}` });
      },
    );
  });
}

/** The status of each check, by id: what a failing expectation prints. */
function statuses(report: ConformanceReport): Record<string, string> {
  return Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
}

describe.each(testDialects())('npm run agency:conformance ($name)', (dialect) => {
  let fleet: SubgraphFleet;
  const dir = mkdtempSync(join(tmpdir(), 'dost-conformance-'));

  beforeAll(async () => {
    fleet = await startSubgraphFleet(dialect, { citizens: FLEET_CITIZENS });
  }, 120_000);
  afterAll(async () => {
    await fleet.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function conformance(name: string, url: string, fins: readonly string[]) {
    const client = createSubgraphClient({
      url,
      audience: name,
      key: fleet.keys.callKey(name),
      tls: url.startsWith('https:') ? fleet.gatewayTls : undefined,
    });
    try {
      return await runConformance({ client, fins });
    } finally {
      await client.close();
    }
  }

  it.each(SUBGRAPHS)(
    'passes the %s subgraph, each check on its own',
    async (name) => {
      const report = await conformance(name, fleet.urls[name], keysFor(name, fleet.fins));
      expect(report.ok, formatConformanceReport(report)).toBe(true);
      expect(statuses(report)).toMatchObject({
        'signed-calls': 'pass',
        'entity-batching': BATCHING[name],
        disclosure: 'pass',
        health: 'pass',
        'error-masking': 'pass',
      });
    },
    60_000,
  );

  it("serves /metrics only to the gateway's client certificate, with counts and no personal data", async () => {
    const url = new URL('/metrics', fleet.urls.pensions).toString();
    const stranger = new Agent({ connect: { ca: fleet.gatewayTls.ca } });
    const gateway = new Agent({
      connect: { ca: fleet.gatewayTls.ca, cert: fleet.gatewayTls.cert, key: fleet.gatewayTls.key },
    });
    try {
      await expect(request(url, { dispatcher: stranger })).rejects.toThrow();
      const answer = await request(url, { dispatcher: gateway });
      const text = await answer.body.text();
      expect(answer.statusCode).toBe(200);
      expect(text).toMatch(/^dost_subgraph_sql_statements_total \d+$/m);
      expect(fleet.fins.filter((fin) => text.includes(fin))).toEqual([]);
    } finally {
      await stranger.close();
      await gateway.close();
    }
  });

  it('fails a plain subgraph that answers anyone, one lookup per key, unmasked', async () => {
    const fins = fleet.fins.slice(0, 100);
    const fixture = await createNonConformingSubgraph(fins);
    await fixture.start();
    const server: Listening = await listen(fixture.handlers, {
      log: createLogger({ level: 'silent' }),
    });
    try {
      const report = await conformance('training', server.url, fins);
      expect(report.ok).toBe(false);
      expect(statuses(report)).toEqual({
        'signed-calls': 'fail',
        'entity-batching': 'fail',
        disclosure: 'fail',
        health: 'pass',
        'error-masking': 'fail',
      });
    } finally {
      await server.close();
      await fixture.stop();
    }
  }, 60_000);

  // The command itself, once: its flags, the key and certificates read from files as an
  // agency's CI would give them, over mutual TLS, and the exit status CI acts on.
  (dialect.name === 'sqlite' ? it : () => undefined)(
    'exits 1 for the fixture over mutual TLS, naming the failed checks in --json',
    async () => {
      const file = (name: string, text: string) => {
        writeFileSync(join(dir, name), text);
        return join(dir, name);
      };
      const fins = fleet.fins.slice(0, 100);
      const fixture = await createNonConformingSubgraph(fins);
      await fixture.start();
      const server = await listen(fixture.handlers, {
        log: createLogger({ level: 'silent' }),
        tls: await (await testTls()).subgraph('fixture'),
      });
      try {
        const { status, out } = await agencyConformance(
          '--url',
          server.url,
          '--name',
          'fixture',
          '--key',
          file('fixture.call-key', formatInternalCallKey(fleet.keys.callKey('fixture'))),
          '--tls-ca',
          file('ca.crt', fleet.gatewayTls.ca),
          '--tls-cert',
          file('gateway.crt', fleet.gatewayTls.cert),
          '--tls-key',
          file('gateway.key', fleet.gatewayTls.key),
          '--fins-from',
          file('fins.txt', fins.join('\n')),
          '--json',
        );
        expect(status, out).toBe(1);
        const report = JSON.parse(out) as ConformanceReport;
        expect(report).toMatchObject({ subgraph: 'fixture', ok: false });
        expect(report.checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([
          'signed-calls',
          'entity-batching',
          'disclosure',
          'error-masking',
        ]);
      } finally {
        await server.close();
        await fixture.stop();
      }
    },
    60_000,
  );
});
