import type { PlaygroundExample } from './createPlayground.ts';

/** One GraphiQL 3 tab as `defaultTabs` expects it: every editor's text as a string. */
export interface PlaygroundTab {
  query: string;
  variables: string | null;
  /** Always null: the shared token and purpose go with every tab (boot.js). */
  headers: null;
}

/** What the page hands to boot.js through its JSON config block. */
export interface PlaygroundConfig {
  endpoint: string;
  tabs: PlaygroundTab[];
  /** The purpose the shared purpose field starts with, until the operator changes it. */
  defaultPurpose: string;
}

/**
 * The purpose the page starts with: the open case the seed gives the first demo citizen,
 * 5ZK7P2Q, at baku-1 (docs/purposes.md), which the first tab reads.
 */
export const DEFAULT_PURPOSE = 'SERVICE_APPLICATION:APP-2026-000002';

/** Builds the boot configuration for an endpoint and its example tabs. */
export function buildPlaygroundConfig(
  endpoint: string,
  examples: readonly PlaygroundExample[],
): PlaygroundConfig {
  return { endpoint, tabs: examples.map(toTab), defaultPurpose: DEFAULT_PURPOSE };
}

function toTab(example: PlaygroundExample): PlaygroundTab {
  return {
    query: example.query,
    variables: example.variables === undefined ? null : pretty(example.variables),
    headers: null,
  };
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
