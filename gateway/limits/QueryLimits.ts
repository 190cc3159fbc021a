/**
 * Bounds every operation must stay within before the gateway plans it. Each has its own
 * error code (@dost/platform/errors.ts). The defaults fit every playground example and the
 * one-window view with room to spare; see README, "Security and operations".
 */
export interface QueryLimits {
  /** Deepest field nesting; fragments count as the fields they hold. @default 12 */
  maxDepth: number;
  /** Aliased fields in one operation (`__typename` aliases are free). @default 30 */
  maxAliases: number;
  /** Directives in one operation. @default 20 */
  maxDirectives: number;
  /** Lexical tokens in the document; parsing stops at the limit. @default 2_000 */
  maxTokens: number;
  /** Top-level fields of one operation, each a fan-out across registries. @default 10 */
  maxRootFields: number;
  /**
   * Static cost budget (graphql-armor's estimate: objects 2, scalars 1, ×1.5 per level,
   * × a literal `first`). The one-window view costs about 120, a page of 100 pension
   * payments about 10 000. @default 50_000
   */
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: Readonly<QueryLimits> = {
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 20,
  maxTokens: 2_000,
  maxRootFields: 10,
  maxCost: 50_000,
};
