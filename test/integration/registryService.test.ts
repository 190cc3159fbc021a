import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { signPublisherToken } from '@dost/schema-registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDostSchema } from '../helpers/runDostSchema.ts';
import {
  startRegistryService,
  type RunningRegistryService,
} from '../helpers/startRegistryService.ts';
import { TRAINING_CHECK_ARGS, TRAINING_SDL_FILE } from '../helpers/startTrainingAgency.ts';
import { testDialects } from '../helpers/testDatabases.ts';

const TRAINING_SDL = fileURLToPath(TRAINING_SDL_FILE);
const TRAINING_URL = 'https://training.sea.gov.az/graphql';
const PEOPLE = readFileSync(new URL('../../schema/people.graphql', import.meta.url), 'utf8');
const PENSIONS = readFileSync(new URL('../../schema/pensions.graphql', import.meta.url), 'utf8');

/** `source` with `from` replaced once; fails loudly when the fixture no longer matches. */
function edit(source: string, from: string | RegExp, to: string): string {
  const changed = source.replace(from, to);
  if (changed === source) throw new Error(`fixture text not found: ${String(from)}`);
  return changed;
}

describe.each(testDialects())('the schema registry service and dost-schema on $name', (dialect) => {
  let service: RunningRegistryService;
  let dir: string;
  /** A CI token of the State Employment Agency for its training subgraph. */
  let sea: string;

  const write = (path: string, text: string) => {
    const full = join(dir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, text);
    return full;
  };
  const publishTraining = (token: string, ...extra: string[]) =>
    runDostSchema(
      [
        'publish',
        'training',
        TRAINING_SDL,
        '--url',
        TRAINING_URL,
        '--registry',
        service.url,
      ].concat(TRAINING_CHECK_ARGS, extra),
      { env: { DOST_REGISTRY_TOKEN: token } },
    );

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dost-registry-service-'));
    // The registry's registered operations: a client's one-window card reads fullName.
    const operations = join(dir, 'operations');
    mkdirSync(operations);
    writeFileSync(
      join(operations, 'citizenCard.graphql'),
      'query CitizenCard($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n  }\n}\n',
    );
    service = await startRegistryService(dialect, { operations });
    sea = await service.token({ sub: 'sea-ci', subgraphs: ['training'], scope: 'publish' });
  });
  afterAll(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("passes the training agency's check: registry checks there, conformance here (exit 0)", async () => {
    const run = await runDostSchema(
      ['check', 'training', TRAINING_SDL, '--registry', service.url, ...TRAINING_CHECK_ARGS],
      { env: { DOST_REGISTRY_TOKEN: sea } },
    );
    expect(run.out).toContain('✓ Composition');
    expect(run.out).toContain('✓ Registered operations: 0 of 1 broken by this change');
    expect(run.out).toContain('✓ Rules: every field has one');
    expect(run.out).toContain('✓ PASSED');
    expect(run.status).toBe(0);
  });

  it('fails a removed field that a registered operation uses, naming both (exit 1)', async () => {
    const token = await service.token({ sub: 'iamas-ci', subgraphs: ['people'], scope: 'check' });
    const sdl = write('people.graphql', edit(PEOPLE, /\n\s*"[^"\n]*"\n\s*fullName: String!/, ''));
    const tokenFile = write('people.token', `${token}\n`);
    const run = await runDostSchema([
      'check',
      'people',
      sdl,
      '--registry',
      service.url,
      '--token-file',
      tokenFile,
    ]);
    expect(run.out).toContain("✗ BREAKING  Citizen.fullName: Field 'fullName' was removed");
    expect(run.out).toContain('1 of 1 broken by this change');
    expect(run.out).toContain('✗ CitizenCard (citizenCard.graphql)');
    expect(run.out).toContain('Cannot query field "fullName" on type "Citizen".');
    expect(run.out).toContain('✗ FAILED (changes, operations');
    expect(run.status).toBe(1);
  });

  it('fails a candidate that does not compose, with the composition message (exit 1)', async () => {
    const token = await service.token({ sub: 'dsmf-ci', subgraphs: ['pensions'], scope: 'check' });
    const sdl = write('pensions.graphql', edit(PENSIONS, '  fin: FIN!\n', '  fin: String!\n'));
    const run = await runDostSchema(['check', 'pensions', sdl, '--registry', service.url], {
      env: { DOST_REGISTRY_TOKEN: token },
    });
    expect(run.out).toContain('✗ Composition: 1 error(s)');
    expect(run.out).toContain('FIELD_TYPE_MISMATCH: Type of field "Citizen.fin" is incompatible');
    expect(run.out).toContain('✗ FAILED (composition');
    expect(run.status).toBe(1);
  });

  describe('publisher tokens (attacks first)', () => {
    it('refuses a training token publishing people, and records nothing', async () => {
      // Rerouting people to a host of the attacker's; --force, since the CLI is theirs to run.
      const sdl = write('people-moved.graphql', PEOPLE);
      const run = await runDostSchema(
        [
          'publish',
          'people',
          sdl,
          '--url',
          'https://evil.example/graphql',
          '--registry',
          service.url,
          '--force',
        ],
        { env: { DOST_REGISTRY_TOKEN: sea } },
      );
      expect(run.out).toContain('FORBIDDEN');
      expect(run.out).toContain('the token of sea-ci is for training, not people');
      expect(run.status).toBe(1);
      expect(await service.test.registry.latestVersion()).toBeNull();
    });

    const claims = { sub: 'sea-ci', subgraphs: ['training'], scope: 'publish' } as const;
    /** A real token's payload, re-encoded after `change`. */
    const payloadOf = (token: string, change: object = {}) => {
      const [, payload = ''] = token.split('.');
      const claimsIn: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString());
      return Buffer.from(JSON.stringify({ ...(claimsIn as object), ...change })).toString(
        'base64url',
      );
    };
    const forgeries: readonly [string, () => Promise<string>, string, string][] = [
      ['expired', () => service.token(claims, -60), 'UNAUTHENTICATED', 'the token has expired'],
      [
        'unsigned (alg none)',
        () => {
          const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url');
          return Promise.resolve(`${header}.${payloadOf(sea)}.`);
        },
        'UNAUTHENTICATED',
        'not a publisher token signed by this registry',
      ],
      [
        'signed by another key',
        () => {
          const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
          const privateKey = { ...other.export({ format: 'jwk' }), alg: 'ES256' };
          return signPublisherToken({ claims, privateKey, ttlSeconds: 600 });
        },
        'UNAUTHENTICATED',
        'not a publisher token signed by this registry',
      ],
      [
        'widened to people under the original signature',
        () => {
          const [header = '', , signature = ''] = sea.split('.');
          return Promise.resolve(
            `${header}.${payloadOf(sea, { subgraphs: ['training', 'people'] })}.${signature}`,
          );
        },
        'UNAUTHENTICATED',
        'not a publisher token signed by this registry',
      ],
      [
        'check-only',
        () => service.token({ ...claims, scope: 'check' }),
        'FORBIDDEN',
        'may only check',
      ],
    ];

    it.each(forgeries)(
      'refuses a token %s, and records nothing',
      async (_, forge, code, detail) => {
        const run = await publishTraining(await forge());
        expect(run.out).toContain(`${code}:`);
        expect(run.out).toContain(detail);
        expect(run.status).toBe(1);
        expect(await service.test.registry.latestVersion()).toBeNull();
      },
    );

    it('answers a request with no token 401, coded, with no stack or SQL', async () => {
      const response = await fetch(new URL('v1/publish', service.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'training', url: TRAINING_URL, sdl: 'type Query { a: Int }' }),
      });
      expect(response.status).toBe(401);
      const body = (await response.json()) as { error: Record<string, unknown> };
      expect(body.error).toEqual({
        code: 'UNAUTHENTICATED',
        message: expect.any(String),
        details: ['no Authorization: Bearer token'],
      });
    });
  });

  it('publishes with a good token: the version, and the token subject as publisher', async () => {
    const run = await publishTraining(sea, '--by', 'someone-else');
    // `--by` is not an option of dost-schema: who publishes is the token's, never stated.
    expect(run.status).toBe(2);

    const published = await publishTraining(sea);
    expect(published.out).toContain('✓ PASSED');
    expect(published.out).toContain('Published training as supergraph version 1, by sea-ci.');
    expect(published.status).toBe(0);
    expect(await service.test.registry.publication(1)).toMatchObject({
      subgraph: 'training',
      publishedBy: 'sea-ci',
      forced: false,
      checks: { composition: 'ok', ok: true },
    });
    const latest = await service.test.registry.latestSupergraph();
    expect(latest?.supergraphSdl).toContain(`url: "${TRAINING_URL}"`);

    // The registry now answers checks from what it holds: training at version 1.
    const again = await publishTraining(sea);
    expect(again.out).toContain(
      'training is already published exactly so, in supergraph version 1.',
    );
    expect(again.status).toBe(0);
  });

  it('refuses a publish that fails conformance here unless forced, and records the forced one', async () => {
    // No --rules: training's fields have no rule, found on the agency's side.
    const matrix = TRAINING_CHECK_ARGS.slice(2);
    const base = [
      'publish',
      'training',
      TRAINING_SDL,
      '--url',
      `${TRAINING_URL}/v2`,
      '--registry',
      service.url,
    ];
    const refused = await runDostSchema([...base, ...matrix], {
      env: { DOST_REGISTRY_TOKEN: sea },
    });
    expect(refused.out).toContain('✗ Rules: no rule tree: pass --rules <module>');
    expect(refused.out).toContain('CHECK_FAILED');
    expect(refused.status).toBe(1);
    const before = await service.test.registry.latestVersion();

    const forced = await runDostSchema([...base, ...matrix, '--force'], {
      env: { DOST_REGISTRY_TOKEN: sea },
    });
    expect(forced.out).toContain('(FORCED past failed checks), by sea-ci.');
    expect(forced.status).toBe(0);
    const version = (before ?? 0) + 1;
    expect(await service.test.registry.publication(version)).toMatchObject({
      publishedBy: 'sea-ci',
      forced: true,
      checks: { ok: false },
    });
  });
});
