import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(
  new URL('../../packages/schema-tools/bin/dost-schema.js', import.meta.url),
);

/**
 * Runs `dost-schema …` (the CLI's bin) in its own process, as an agency's CI would, with only
 * `env`'s DOST_* variables; asynchronous, so servers in this process keep answering.
 */
export function runDostSchema(
  args: readonly string[],
  { env = {}, cwd, bin = BIN }: { env?: Record<string, string>; cwd?: string; bin?: string } = {},
): Promise<{ status: number | null; out: string }> {
  // Relaxed: the child inherits PATH and the like, but none of this run's DOST_* settings.
  // eslint-disable-next-line no-restricted-properties
  const inherited = Object.entries(process.env);
  const clean = Object.fromEntries(inherited.filter(([name]) => !name.startsWith('DOST_')));
  const child = spawn(process.execPath, [bin, ...args], {
    ...(cwd === undefined ? {} : { cwd }),
    env: { ...clean, ...env },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, out }));
  });
}
