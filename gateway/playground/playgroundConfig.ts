import type { PlaygroundExample } from './createPlayground.ts';

/** One GraphiQL 3 tab as `defaultTabs` expects it: every editor's text as a string. */
export interface PlaygroundTab {
  query: string;
  variables: string | null;
  headers: string | null;
}

/** What the page hands to boot.js through its JSON config block. */
export interface PlaygroundConfig {
  endpoint: string;
  tabs: PlaygroundTab[];
  /** Headers pre-filled in tabs the operator opens, so the token and purpose slots are there. */
  defaultHeaders: string | null;
}

/** Builds the boot configuration for an endpoint and its example tabs. */
export function buildPlaygroundConfig(
  endpoint: string,
  examples: readonly PlaygroundExample[],
): PlaygroundConfig {
  const tabs = examples.map(toTab);
  return {
    endpoint,
    tabs,
    defaultHeaders: tabs.find((tab) => tab.headers !== null)?.headers ?? null,
  };
}

function toTab(example: PlaygroundExample): PlaygroundTab {
  return {
    query: example.query,
    variables: example.variables === undefined ? null : pretty(example.variables),
    headers: example.headers === undefined ? null : pretty(example.headers),
  };
}

function pretty(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
