import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ONSHUTDOWN = fileURLToPath(
  new URL('../../packages/platform/src/onShutdown.ts', import.meta.url),
);

// Two servers in one process (npm start runs every registry in one): the first signal must
// close both before the process exits, the slower one included.
const SCRIPT = `
import { onShutdown } from ${JSON.stringify(ONSHUTDOWN)};
const log = { info: () => {}, error: () => {} };
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
onShutdown(async () => { await wait(50); console.log('fast closed'); }, log);
onShutdown(async () => { await wait(400); console.log('slow closed'); }, log);
console.log('ready');
setInterval(() => {}, 1000);
`;

describe('onShutdown', () => {
  it('closes every registered server before the process exits', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', SCRIPT],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('ready') && !child.killed) child.kill('SIGTERM');
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(0);
    expect(out.split('\n').filter(Boolean)).toEqual(['ready', 'fast closed', 'slow closed']);
  });
});
