import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe('npm run token', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dost-token-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints the token alone on stdout, even when it first makes the dev keys', async () => {
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/token.ts',
        '--role',
        'operator',
        '--sub',
        'op-17',
        '--centre',
        'baku-1',
      ],
      // A fresh data folder: the first run also writes the dev keys, and must say so elsewhere.
      { cwd: ROOT, env: { PATH: '', DOST_DATA_DIR: dataDir, NODE_ENV: 'development' } },
    );
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    expect(decodeJwt(stdout.trim())).toMatchObject({
      sub: 'op-17',
      role: 'operator',
      centre: 'baku-1',
    });
  }, 60_000);
});
