import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** µs on the machine's monotonic clock (CLOCK_MONOTONIC, as process.hrtime). */
  startTime: number;
  endTime: number;
  samples: number[];
  /** µs between one sample and the previous one (the first: since startTime). */
  timeDeltas: number[];
}

/** A stretch of the monotonic clock, in µs: `process.hrtime.bigint() / 1000n` at each end. */
export interface ProfileWindow {
  readonly from: number;
  readonly to: number;
}

export interface ProfileShare {
  readonly name: string;
  /** Share of the busy (not idle) samples counted, in per cent. */
  readonly percent: number;
}

export interface ProfileSummary {
  readonly seconds: number;
  /** Samples counted (those in the window). */
  readonly samples: number;
  /** Share of the counted samples that were not idle, in per cent: the process's busy time. */
  readonly busyPercent: number;
  /** Self time by function, largest first. */
  readonly functions: readonly ProfileShare[];
  /** Self time by package (or our own folder), largest first. */
  readonly packages: readonly ProfileShare[];
  /** Time with the function anywhere on the stack (self plus callees), largest first. */
  readonly inclusive: readonly ProfileShare[];
}

/**
 * Self time of a V8 .cpuprofile, by function and by package, as shares of the time the process
 * was busy. With `window` only the samples taken inside it count, so start-up (module
 * compilation) and warm-up stay out of the shares; idle samples never count.
 */
export function summariseCpuProfile(
  path: string,
  { top = 25, window }: { top?: number; window?: ProfileWindow } = {},
): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const counted = countedSamples(profile, window);
  const hitsOf = new Map<number, number>();
  for (const id of counted) hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
  const idleIds = new Set(
    profile.nodes.filter((node) => node.callFrame.functionName === '(idle)').map((n) => n.id),
  );
  const busy = counted.filter((id) => !idleIds.has(id));
  const total = Math.max(busy.length, 1);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (hits === 0 || idleIds.has(node.id)) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = shortUrl(url);
    const name = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const group = packageOf(url, functionName);
    byPackage.set(group, (byPackage.get(group) ?? 0) + hits);
  }
  const rank = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((x, y) => y[1] - x[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, percent: (hits / total) * 100 }));
  const span = window === undefined ? profile : { startTime: window.from, endTime: window.to };
  return {
    seconds:
      (Math.min(span.endTime, profile.endTime) - Math.max(span.startTime, profile.startTime)) / 1e6,
    samples: counted.length,
    busyPercent: (busy.length / Math.max(counted.length, 1)) * 100,
    functions: rank(byFunction),
    packages: rank(byPackage),
    inclusive: rank(inclusiveTime(profile, busy)),
  };
}

/** The node id of each sample taken inside `window` (every sample without one). */
function countedSamples(profile: CpuProfile, window: ProfileWindow | undefined): number[] {
  if (window === undefined) return profile.samples;
  const kept: number[] = [];
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at >= window.from && at <= window.to) kept.push(id);
  });
  return kept;
}

/** Samples per function counting every function on the sampled stack once. */
function inclusiveTime(profile: CpuProfile, samples: readonly number[]): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const totals = new Map<string, number>();
  for (const sample of samples) {
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (frame === undefined || frame.functionName === '(root)') continue;
      seen.add(
        `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`,
      );
    }
    for (const name of seen) totals.set(name, (totals.get(name) ?? 0) + 1);
  }
  return totals;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) return url.slice(modules + 'node_modules/'.length);
  const repo = url.indexOf('/work/');
  return repo >= 0 ? url.slice(url.indexOf('/', repo + 6) + 1) : url || '(native)';
}

/** node_modules package, our top folder, node internals, or V8's own buckets. */
function packageOf(url: string, functionName: string): string {
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  if (url.startsWith('node:')) return 'node internals';
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const short = shortUrl(url);
  return `ours: ${short.split('/')[0] ?? short}`;
}
