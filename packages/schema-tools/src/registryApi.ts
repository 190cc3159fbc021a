import type { PublishedChecks } from './checkAgainstPublished.ts';
import type { PublishedSubgraph } from './PublishedSubgraph.ts';
import type { ConformanceSection, SchemaCheckReport } from './SchemaCheckReport.ts';

/**
 * The schema registry's HTTP API (JSON in, JSON out), shared by the registry service and the
 * CLI so the two cannot drift. Every call carries `Authorization: Bearer <publisher token>`.
 */
export const REGISTRY_API = {
  /** GET: the latest published version of every subgraph. */
  subgraphs: '/v1/subgraphs',
  /** POST CheckRequest: the checks against the published set and registered operations. */
  check: '/v1/check',
  /** POST PublishRequest: compose, check and record the next supergraph version. */
  publish: '/v1/publish',
} as const;

/** One published subgraph and the supergraph version that last changed it. */
export interface RegistrySubgraph extends PublishedSubgraph {
  /** null while the registry is empty and answers with the committed set it starts from. */
  readonly version: number | null;
}

export interface SubgraphsResponse {
  /** The newest supergraph version; null while the registry is empty. */
  readonly version: number | null;
  readonly subgraphs: readonly RegistrySubgraph[];
}

export interface CheckRequest {
  readonly name: string;
  readonly sdl: string;
  /** @default false */
  readonly allowBreaking?: boolean;
}

export interface CheckResponse {
  /** The supergraph version checked against; null for the registry's starting set. */
  readonly basedOn: number | null;
  readonly checks: PublishedChecks;
}

export interface PublishRequest {
  readonly name: string;
  /** The routing URL the gateway is to call the subgraph at. */
  readonly url: string;
  readonly sdl: string;
  /** Record it even when checks fail (never when it does not compose). @default false */
  readonly force?: boolean;
  /** @default false */
  readonly allowBreaking?: boolean;
  /** The conformance checks as the CLI ran them on the agency's code; recorded with the rest. */
  readonly conformance: ConformanceSection;
}

export interface PublishResponse {
  readonly version: number;
  /** False when it was already published exactly so: nothing new was recorded. */
  readonly recorded: boolean;
  readonly forced: boolean;
  /** The token's subject, recorded as `published_by`. */
  readonly publishedBy: string;
  /** null when nothing was recorded. */
  readonly report: SchemaCheckReport | null;
}

/** Every refusal: a stable code, a sentence, one line per detail, the report when checks ran. */
export interface RegistryApiError {
  readonly code: string;
  readonly message: string;
  readonly details: readonly string[];
  readonly report?: SchemaCheckReport;
}
