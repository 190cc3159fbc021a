import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getGlobalDispatcher, request, type Dispatcher } from 'undici';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOG_DIR = fileURLToPath(new URL('./results/logs/', import.meta.url));

export interface Service {
  readonly name: string;
  readonly pid: number;
  /** Where it answers GraphQL. */
  readonly url: string;
  /** SIGTERM, then SIGKILL of this pid alone if it has not exited within 15 s. */
  stop(): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  /**
   * Entry file relative to the repository root: TypeScript run with `node --import tsx`, or
   * a bundle of `npm run build` (a `.js` file in dist/) run by plain node, as `npm start` does.
   */
  entry: string;
  args?: readonly string[];
  /** Variables added to the inherited environment. */
  env: Readonly<Record<string, string>>;
  url: string;
  /** What the readiness check is sent on, e.g. one with a client certificate. @default undici's */
  dispatcher?: Dispatcher;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: readonly string[];
  /** Modules imported after tsx has registered (which turns source maps on); tsx entries only. */
  importsAfterTsx?: readonly string[];
}

/** Starts one process of the system, logs it to bench/results/logs, and waits until it answers. */
export async function spawnService(options: SpawnOptions): Promise<Service> {
  const { name, entry, args = [], env, url, nodeFlags = [], importsAfterTsx = [] } = options;
  const dispatcher = options.dispatcher ?? getGlobalDispatcher();
  const imports = importsAfterTsx.flatMap((module) => ['--import', module]);
  const runner = entry.endsWith('.js') ? [] : ['--import', 'tsx', ...imports];
  mkdirSync(LOG_DIR, { recursive: true });
  const log = createWriteStream(`${LOG_DIR}${name}.log`);
  const child = spawn(process.execPath, [...nodeFlags, ...runner, entry, ...args], {
    cwd: REPO_ROOT,
    // Relaxed: a child process inherits the parent's environment (PATH, DOST_* overrides)
    // plus the bench's own settings; @dost/platform/env.ts validates it on the other side.
    // eslint-disable-next-line no-restricted-properties
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  await waitUntilAnswering(url, dispatcher, exited, name);
  const pid = child.pid;
  if (pid === undefined) throw new Error(`${name} has no pid`);
  return { name, pid, url, stop: () => stopChild(child, exited) };
}

async function waitUntilAnswering(
  url: string,
  dispatcher: Dispatcher,
  exited: Promise<number | null>,
  name: string,
): Promise<void> {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`${name} exited during start; see bench/results/logs/${name}.log`);
    // Any HTTP answer (even 401) means the server is listening and its schema is loaded.
    const answered = await request(url, {
      dispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{__typename}"}',
    }).then(
      async (response) => (await response.body.dump(), true),
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer at ${url} within 120 s`);
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  await exited;
  clearTimeout(timer);
}
