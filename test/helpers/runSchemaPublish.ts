import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `npm run schema:publish` in its own process, as an agency's CI would, against the
 * registry `env` names only; asynchronous, so servers in this process keep answering.
 */
export function runSchemaPublish(
  env: Readonly<Record<string, string>>,
  ...args: string[]
): Promise<{ status: number | null; out: string }> {
  // Relaxed: the child inherits the environment (PATH) without this run's DOST_* settings, so
  // it publishes to the given registry whatever database the run was given.
  // eslint-disable-next-line no-restricted-properties
  const inherited = Object.entries(process.env);
  const clean = Object.fromEntries(inherited.filter(([name]) => !name.startsWith('DOST_')));
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/schemaPublish.ts', ...args], {
    cwd: root,
    env: { ...clean, ...env, NODE_ENV: 'development' },
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, out }));
  });
}
