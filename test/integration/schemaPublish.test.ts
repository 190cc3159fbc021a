import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PublishCheck } from '@dost/schema-registry';
import { publishSubgraph } from '../../scripts/lib/publishSubgraph.ts';
import { runSchemaPublish } from '../helpers/runSchemaPublish.ts';
import { TRAINING_CHECK_ARGS, TRAINING_SDL_FILE } from '../helpers/startTrainingAgency.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { openTestSchemaRegistry, type TestSchemaRegistry } from '../helpers/testSchemaRegistry.ts';

const TRAINING_SDL = readFileSync(TRAINING_SDL_FILE, 'utf8');
const TRAINING_URL = 'https://training.example/graphql';
const training = { name: 'training', url: TRAINING_URL, sdl: TRAINING_SDL };

/** What the checks branch's schema diff would say of a removed field. */
const breaking: PublishCheck = () =>
  Promise.resolve({
    ok: false,
    ran: ['composition', 'diff'],
    findings: [{ check: 'diff', severity: 'breaking', message: 'TrainingRecord.provider removed' }],
  });

describe.each(testDialects())('npm run schema:publish on $name', (dialect) => {
  let test: TestSchemaRegistry;
  let files: string;

  beforeEach(async () => {
    test = await openTestSchemaRegistry(dialect);
    files = mkdtempSync(join(tmpdir(), 'dost-sdl-'));
  });
  afterEach(async () => {
    await test.cleanup();
    rmSync(files, { recursive: true, force: true });
  });

  it('refuses a subgraph that does not compose, with a non-zero exit, and records nothing', async () => {
    // `fin` is FIN! in every other subgraph: the key fields disagree.
    const file = join(files, 'training.graphql');
    writeFileSync(file, TRAINING_SDL.replace('fin: FIN!', 'fin: Int!'));
    const run = await runSchemaPublish(
      test.env,
      'training',
      ...TRAINING_CHECK_ARGS,
      file,
      '--url',
      TRAINING_URL,
    );
    expect(run.status).toBe(1);
    expect(run.out).toContain('COMPOSITION_FAILED');
    expect(run.out).toMatch(/Citizen\.fin.*incompatible/);
    expect(await test.registry.latestVersion()).toBeNull();
  });

  it('runs the schema checks: a subgraph with no rule tree is refused and records nothing', async () => {
    // Without --rules there is no rule for training's fields: conformance fails.
    const matrix = TRAINING_CHECK_ARGS.slice(2);
    const file = fileURLToPath(TRAINING_SDL_FILE);
    const run = await runSchemaPublish(
      test.env,
      'training',
      ...matrix,
      file,
      '--url',
      TRAINING_URL,
    );
    expect(run.status).toBe(1);
    expect(run.out).toContain('CHECK_FAILED');
    expect(run.out).toMatch(/\[conformance\] breaking: no rule tree/);
    expect(await test.registry.latestVersion()).toBeNull();
  });

  it('refuses a change to a published subgraph that breaks a registered operation', async () => {
    const people = readFileSync(new URL('../../schema/people.graphql', import.meta.url), 'utf8');
    const sdl = join(files, 'people.graphql');
    writeFileSync(sdl, people.replace(/\n\s*"[^"\n]*"\n\s*fullName: String!/, ''));
    const operations = join(files, 'operations');
    mkdirSync(operations);
    writeFileSync(
      join(operations, 'windowCard.graphql'),
      'query WindowCard($fin: FIN!) { citizen(fin: $fin) { fullName } }',
    );
    const url = 'https://people.example/graphql';
    const run = await runSchemaPublish(
      test.env,
      'people',
      '--operations',
      operations,
      sdl,
      '--url',
      url,
    );
    expect(run.status).toBe(1);
    expect(run.out).toContain('CHECK_FAILED');
    expect(run.out).toMatch(/breaks registered operation WindowCard/);
    expect(await test.registry.latestVersion()).toBeNull();
  });

  it('records a version with who published it, and a forced one as forced', async () => {
    const file = fileURLToPath(TRAINING_SDL_FILE);
    const run = await runSchemaPublish(
      test.env,
      'training',
      ...TRAINING_CHECK_ARGS,
      file,
      '--url',
      TRAINING_URL,
      '--by',
      'sea-ci',
    );
    expect(run.out).toContain('Published training as supergraph version 1.');
    expect(run.status).toBe(0);
    expect(await test.registry.publication(1)).toMatchObject({
      subgraph: 'training',
      publishedBy: 'sea-ci',
      forced: false,
      checks: {
        composition: 'ok',
        ok: true,
        ran: ['composition', 'changes', 'operations', 'conformance'],
      },
    });
    // The first publish records the committed subgraphs with it: later ones compose from it.
    const set = await test.registry.publishedSet();
    expect(set.subgraphs.map((s) => s.name)).toEqual([
      'audit',
      'disability',
      'pensions',
      'people',
      'services',
      'training',
      'unemployment',
    ]);
    const supergraph = await test.registry.latestSupergraph();
    expect(supergraph?.supergraphSdl).toContain(`url: "${TRAINING_URL}"`);

    const forced = await runSchemaPublish(
      test.env,
      'training',
      ...TRAINING_CHECK_ARGS,
      file,
      '--url',
      `${TRAINING_URL}/v2`,
      '--force',
    );
    expect(forced.status).toBe(0);
    expect(forced.out).toContain('version 2 (forced; the checks passed)');
    expect(await test.registry.publication(2)).toMatchObject({ forced: true });
  });

  it('refuses what the checks fail unless forced, and records the forced publish as forced', async () => {
    const refused = await publishSubgraph({
      registry: test.registry,
      candidate: training,
      publishedBy: 'sea',
      check: breaking,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CHECK_FAILED' } });
    expect(await test.registry.latestVersion()).toBeNull();

    const forced = await publishSubgraph({
      registry: test.registry,
      candidate: training,
      publishedBy: 'sea',
      check: breaking,
      force: true,
    });
    if (!forced.ok) throw new Error(forced.error.message);
    expect(await test.registry.publication(forced.version)).toMatchObject({
      forced: true,
      checks: {
        ok: false,
        findings: [
          { check: 'diff', severity: 'breaking', message: 'TrainingRecord.provider removed' },
        ],
      },
    });
  });

  it('gives two concurrent publishes distinct versions and loses neither', async () => {
    // Two pools on MariaDB race for real. SQLite has one writer: a second connection in this
    // process would block the thread on the lock it waits for, so both share the one pool and
    // the second transaction finds the version already taken.
    const other = dialect.name === 'mysql' ? await test.openAnother() : test.registry;
    try {
      const moved = {
        name: 'people',
        url: 'https://people.example/graphql',
        sdl: readFileSync(new URL('../../schema/people.graphql', import.meta.url), 'utf8'),
      };
      // Both compose against the empty registry; the one that loses the claim composes again.
      const outcomes = await Promise.all([
        publishSubgraph({ registry: test.registry, candidate: training, publishedBy: 'a' }),
        publishSubgraph({ registry: other, candidate: moved, publishedBy: 'b' }),
      ]);
      const versions = outcomes.map((o) => (o.ok ? o.version : o.error.code));
      expect([...versions].sort()).toEqual([1, 2]);
      // The later version was composed from the earlier one: both changes are served.
      const latest = await test.registry.latestSupergraph();
      expect(latest?.supergraphSdl).toContain(`url: "${TRAINING_URL}"`);
      expect(latest?.supergraphSdl).toContain('url: "https://people.example/graphql"');

      // Two writers claiming one version from the same base: exactly one gets it.
      const base = await test.registry.latestVersion();
      const claim = (registry: typeof other, by: string) =>
        registry.record({
          subgraph: 'training',
          subgraphs: [{ ...training, url: `${TRAINING_URL}/${by}` }],
          supergraphSdl: latest?.supergraphSdl ?? '',
          basedOn: base,
          publishedBy: by,
          forced: false,
          checks: {},
        });
      const claims = await Promise.all([claim(test.registry, 'a'), claim(other, 'b')]);
      expect(claims.filter((c) => c.ok)).toEqual([{ ok: true, version: 3 }]);
      expect(claims.filter((c) => !c.ok)).toMatchObject([{ error: { code: 'VERSION_TAKEN' } }]);
      expect(await test.registry.latestVersion()).toBe(3);
    } finally {
      if (other !== test.registry) await other.close();
    }
  });
});
