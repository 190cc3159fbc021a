import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDostSchema } from '../helpers/runDostSchema.ts';
import {
  startRegistryService,
  type RunningRegistryService,
} from '../helpers/startRegistryService.ts';
import { TRAINING_CHECK_ARGS, TRAINING_SDL_FILE } from '../helpers/startTrainingAgency.ts';

const PACKAGE = fileURLToPath(new URL('../../packages/schema-tools', import.meta.url));

/**
 * An agency without this repository: @dost/schema-tools packed as `npm pack` makes it, then
 * installed into an empty folder elsewhere from the tarball and the npm cache.
 */
describe('@dost/schema-tools from its tarball, outside the repository', () => {
  let work: string;
  let ci: string;
  let service: RunningRegistryService;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'dost-agency-'));
    execFileSync('npm', ['pack', PACKAGE, '--pack-destination', work, '--silent'], {
      stdio: 'pipe',
    });
    const [tarball] = readdirSync(work).filter((file) => file.endsWith('.tgz'));
    if (tarball === undefined) throw new Error('npm pack wrote no tarball');
    ci = join(work, 'sea-ci');
    mkdirSync(ci);
    writeFileSync(join(ci, 'package.json'), '{ "name": "sea-ci", "private": true }\n');
    // Tarballs come from the npm cache; a cache that lacks a dependency's metadata (npm ci
    // stores tarballs only) asks the registry, or the agency's mirror, for that alone.
    execFileSync(
      'npm',
      [
        'install',
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        join(work, tarball),
      ],
      { cwd: ci, stdio: 'pipe' },
    );
    service = await startRegistryService({ name: 'sqlite', url: undefined });
  }, 240_000);
  afterAll(async () => {
    await service?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('runs `npx dost-schema --help`', () => {
    const help = execFileSync('npx', ['--no-install', 'dost-schema', '--help'], {
      cwd: ci,
      encoding: 'utf8',
    });
    expect(help).toContain('Usage: dost-schema <check|publish> <subgraph> <sdl-file>');
  });

  it('checks the training subgraph against the registry service (exit 0)', async () => {
    const token = await service.token({ sub: 'sea-ci', subgraphs: ['training'], scope: 'check' });
    const bin = join(ci, 'node_modules/@dost/schema-tools/bin/dost-schema.js');
    const sdl = fileURLToPath(TRAINING_SDL_FILE);
    const run = await runDostSchema(
      ['check', 'training', sdl, '--registry', service.url, ...TRAINING_CHECK_ARGS],
      { bin, cwd: ci, env: { DOST_REGISTRY_TOKEN: token } },
    );
    expect(run.out).toContain('✓ PASSED');
    expect(run.status).toBe(0);
  });
});
