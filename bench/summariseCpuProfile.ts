import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileShare {
  readonly name: string;
  /** Share of all samples, in per cent. */
  readonly percent: number;
}

export interface ProfileSummary {
  readonly seconds: number;
  /** Self time by function, largest first. */
  readonly functions: readonly ProfileShare[];
  /** Self time by package (or our own folder), largest first. */
  readonly packages: readonly ProfileShare[];
  /** Time with the function anywhere on the stack (self plus callees), largest first. */
  readonly inclusive: readonly ProfileShare[];
}

/** Self time of a V8 .cpuprofile, by function and by package. */
export function summariseCpuProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const total = profile.samples.length;
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
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
  return {
    seconds: (profile.endTime - profile.startTime) / 1e6,
    functions: rank(byFunction),
    packages: rank(byPackage),
    inclusive: rank(inclusiveTime(profile)),
  };
}

/** Samples per function counting every function on the sampled stack once. */
function inclusiveTime(profile: CpuProfile): Map<string, number> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const node of profile.nodes) {
    byId.set(node.id, node);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const totals = new Map<string, number>();
  for (const sample of profile.samples) {
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
