import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import type { GraphQLSchema } from 'graphql';

/** graphql-inspector's criticality, with its NON_BREAKING called SAFE as in the report. */
export type ChangeLevel = 'BREAKING' | 'DANGEROUS' | 'SAFE';

/** One difference between two schemas, classed by graphql-inspector. */
export interface SchemaChange {
  readonly level: ChangeLevel;
  /** graphql-inspector's change type, e.g. FIELD_REMOVED. */
  readonly type: string;
  readonly message: string;
  /** Schema coordinate, e.g. Citizen.fullName; null when the change has none. */
  readonly path: string | null;
  /** Why it is breaking or dangerous, in graphql-inspector's words; null for safe changes. */
  readonly reason: string | null;
}

const ORDER: Readonly<Record<ChangeLevel, number>> = { BREAKING: 0, DANGEROUS: 1, SAFE: 2 };

function levelOf(change: Change): ChangeLevel {
  switch (change.criticality.level) {
    case CriticalityLevel.Breaking:
      return 'BREAKING';
    case CriticalityLevel.Dangerous:
      return 'DANGEROUS';
    case CriticalityLevel.NonBreaking:
      return 'SAFE';
  }
}

/** Every change from `before` to `after`, breaking first, found by graphql-inspector's diff. */
export async function diffSchemas({
  before,
  after,
}: {
  readonly before: GraphQLSchema;
  readonly after: GraphQLSchema;
}): Promise<readonly SchemaChange[]> {
  const changes = await diff(before, after);
  return changes
    .map((change) => {
      const level = levelOf(change);
      return {
        level,
        type: String(change.type),
        message: change.message,
        path: change.path ?? null,
        reason: level === 'SAFE' ? null : (change.criticality.reason ?? null),
      };
    })
    .sort((a, b) => ORDER[a.level] - ORDER[b.level]);
}
