import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockedPackage {
  readonly version?: string;
  /** An object of ranges by engine; a few old packages wrote a list here instead. */
  readonly engines?: unknown;
}

function nodeRange(entry: LockedPackage | undefined): string | undefined {
  const engines = entry?.engines;
  if (typeof engines !== 'object' || engines === null || !('node' in engines)) return undefined;
  return typeof engines.node === 'string' ? engines.node : undefined;
}

const lock = JSON.parse(
  readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'),
) as {
  packages: Record<string, LockedPackage>;
};

/** Every locked package whose `engines.node` the running Node does not satisfy: npm warns for each. */
function packagesRefusingThisNode(): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const wanted = nodeRange(entry);
    if (wanted === undefined || semver.satisfies(process.version, wanted)) return [];
    return [
      `${path.replace(/^.*node_modules\//, '')}@${entry.version ?? '?'} wants node ${wanted}`,
    ];
  });
}

describe('the install on this Node', () => {
  // README "No engine warnings": a fresh `npm ci` prints no EBADENGINE, because no locked
  // package asks for another Node. A dependency update that brings one back fails here.
  it('locks no package that asks for another Node version', () => {
    expect(packagesRefusingThisNode()).toEqual([]);
  });

  it('runs on a Node the project itself declares', () => {
    const wanted = nodeRange(lock.packages['']);
    expect(wanted).toBeDefined();
    expect(semver.satisfies(process.version, wanted ?? '')).toBe(true);
  });
});
