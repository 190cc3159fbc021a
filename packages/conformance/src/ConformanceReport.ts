/** pass and warn let the suite pass (warn says what could not be exercised); fail fails it. */
export type CheckStatus = 'pass' | 'warn' | 'fail';

/** One check of the suite: what the gateway relies on, and what was found. */
export interface CheckResult {
  /** Stable name for machines and CI logs, e.g. `signed-calls`. */
  readonly id: string;
  readonly title: string;
  readonly status: CheckStatus;
  /** One line: why it passed or failed. */
  readonly summary: string;
  /** What was tried, one line each, prefixed ✓ / ⚠ / ✗. */
  readonly details: readonly string[];
}

/** What `runConformance` found against one live subgraph; `ok` is the verdict CI acts on. */
export interface ConformanceReport {
  readonly url: string;
  /** The subgraph name the calls were signed for (the token's audience). */
  readonly subgraph: string;
  readonly ok: boolean;
  /** Whom the calls were signed as, and why that one. */
  readonly identity: { readonly role: string; readonly reason: string };
  readonly checks: readonly CheckResult[];
}
