import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchOptions } from './benchSettings.ts';
import type { BenchTokens } from './createBenchTokens.ts';
import type { FinPool } from './FinPool.ts';
import { planRequests } from './planRequests.ts';
import { runLoad } from './runLoad.ts';
import { SCENARIOS, type FinSource } from './scenarios.ts';
import { startBenchSystem } from './startBenchSystem.ts';
import { summariseCpuProfile, type ProfileWindow } from './summariseCpuProfile.ts';
import type { TlsIdentity } from '@dost/platform/tls/TlsIdentity.ts';

const PROFILES = fileURLToPath(new URL('./results/profiles/', import.meta.url));

/**
 * `npm run bench -- --profile [--scenarios S2] [--configs b]`: one gateway ((a) unless another
 * is listed first) alone under S1 (or the first scenario listed) with V8's sampling profiler,
 * then its self time by function and by package over the measured run alone (start-up and
 * warm-up left out), as shares of its busy time, in bench/results/profile-<config>-<scenario>.json.
 */
export async function profileGateway(options: {
  vars: Readonly<Record<string, string>>;
  options: BenchOptions;
  plan: { pools: Readonly<Record<FinSource, FinPool>>; tokens: BenchTokens; tls: TlsIdentity };
}): Promise<void> {
  const { vars, options: bench, plan: material } = options;
  // `--profile --scenarios S2` profiles S2; the first scenario listed is the one profiled.
  const scenario = bench.scenarios[0] ?? 'S1';
  // `--configs b` profiles the unprotected gateway instead, to set the two side by side.
  const config = bench.configs.find((c) => c !== 'e') ?? 'a';
  rmSync(PROFILES, { recursive: true, force: true });
  mkdirSync(PROFILES, { recursive: true });
  const system = await startBenchSystem({
    vars,
    tls: material.tls,
    configs: [config],
    sourceMaps: bench.sourceMaps,
    runtime: bench.runtime,
    nodeFlags: { [config]: ['--cpu-prof', '--cpu-prof-dir', PROFILES] },
  });
  let result;
  let window: ProfileWindow | undefined;
  try {
    const plan = planRequests({ scenario: SCENARIOS[scenario], config, ...material });
    const load = {
      url: plan.url,
      tls: plan.tls,
      connections: bench.connections,
      next: () => plan.next(),
    };
    await runLoad({ ...load, seconds: bench.warmup });
    // The measured run's stretch of the machine's monotonic clock, which V8's profile
    // timestamps use too: start-up and warm-up stay out of the summary.
    const from = Number(process.hrtime.bigint() / 1000n);
    result = await runLoad({ ...load, seconds: bench.duration });
    window = { from, to: Number(process.hrtime.bigint() / 1000n) };
  } finally {
    // The profile is written when the gateway exits cleanly.
    await system.stop();
  }
  const file = readdirSync(PROFILES).find((name) => name.endsWith('.cpuprofile'));
  if (file === undefined) throw new Error('The gateway wrote no .cpuprofile');
  const summary = summariseCpuProfile(`${PROFILES}${file}`, { ...(window ? { window } : {}) });
  const out = fileURLToPath(
    new URL(`./results/profile-${config}-${scenario}.json`, import.meta.url),
  );
  writeFileSync(
    out,
    `${JSON.stringify({ rps: result.responses / result.seconds, errors: result.errors, profile: `bench/results/profiles/${file}`, ...summary }, null, 2)}\n`,
  );
  console.log(
    `${scenario} on (${config}) under the profiler: ${(result.responses / result.seconds).toFixed(0)} req/s, ${result.errors} errors`,
  );
  console.log(
    `Measured run only: ${summary.seconds.toFixed(1)} s, busy ${summary.busyPercent.toFixed(0)} % of it; shares below are of the busy time`,
  );
  console.log('\nSelf time by package:');
  for (const p of summary.packages.slice(0, 15))
    console.log(`  ${p.percent.toFixed(1).padStart(5)} %  ${p.name}`);
  console.log('\nSelf time by function:');
  for (const f of summary.functions)
    console.log(`  ${f.percent.toFixed(1).padStart(5)} %  ${f.name}`);
  console.log('\nInclusive time (function anywhere on the stack):');
  for (const f of summary.inclusive)
    console.log(`  ${f.percent.toFixed(1).padStart(5)} %  ${f.name}`);
  console.log(`\nWritten: ${out}`);
}
