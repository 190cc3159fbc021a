import { composeSupergraphSdl } from './composeSupergraphSdl.ts';
import type { SchemaRegistry } from './createSchemaRegistry.ts';
import { SCHEMA_REGISTRY_ERRORS, type RegistryResult } from './schemaRegistryErrors.ts';
import type { SubgraphSchema } from './SubgraphSchema.ts';
import { compositionOnly, type CheckReport, type PublishCheck } from './publishCheck.ts';

export interface PublishOptions {
  registry: SchemaRegistry;
  /** The subgraph to publish: its name, routing URL and SDL. */
  candidate: SubgraphSchema;
  /** Who publishes, as recorded. */
  publishedBy: string;
  /** Record it even when the checks fail (never when it does not compose). @default false */
  force?: boolean;
  /** @default compositionOnly; schema:publish runs schemaChecks, the service registryChecks */
  check?: PublishCheck;
  /** What an empty registry starts from (a deployment's committed subgraphs). @default none */
  seed?: () => readonly SubgraphSchema[];
  /** Compositions tried while other publishes keep claiming the next version. @default 5 */
  attempts?: number;
}

export type PublishOutcome = RegistryResult<{
  /** The supergraph version now holding the candidate. */
  readonly version: number;
  /** False when the candidate was already published exactly so: nothing was recorded. */
  readonly recorded: boolean;
  readonly forced: boolean;
  readonly report: CheckReport;
}>;

/**
 * Publishes one subgraph version: composes it with the latest version of every other
 * subgraph, checks it, and records the new supergraph as the next version. When another
 * publish claims that version first, it starts again from the newer set, so no version is
 * ever composed from a set that has since changed.
 */
export async function publishSubgraph(options: PublishOptions): Promise<PublishOutcome> {
  const { attempts = 5 } = options;
  for (let attempt = 1; ; attempt += 1) {
    const outcome = await publishOnce(options);
    if (outcome.ok || outcome.error.code !== 'VERSION_TAKEN' || attempt >= attempts) {
      return outcome;
    }
  }
}

async function publishOnce({
  registry,
  candidate,
  publishedBy,
  force = false,
  check = compositionOnly,
  seed = () => [],
}: PublishOptions): Promise<PublishOutcome> {
  const set = await registry.publishedSet();
  const current = set.version === null ? seed() : set.subgraphs;
  const published = current.find((subgraph) => subgraph.name === candidate.name);
  const unchanged = published?.sdl === candidate.sdl && published.url === candidate.url;
  if (unchanged && set.version !== null) {
    const report: CheckReport = { ok: true, ran: [], findings: [] };
    return { ok: true, version: set.version, recorded: false, forced: false, report };
  }
  const subgraphs = published
    ? current.map((subgraph) => (subgraph.name === candidate.name ? candidate : subgraph))
    : [...current, candidate];
  const composed = composeSupergraphSdl(subgraphs);
  if (!composed.ok)
    return { ok: false, error: SCHEMA_REGISTRY_ERRORS.COMPOSITION_FAILED.err(composed.errors) };

  const report = await check({
    candidate,
    published: current,
    supergraphSdl: composed.supergraphSdl,
  });
  if (!report.ok && !force) {
    const details = report.findings.map((f) => `[${f.check}] ${f.severity}: ${f.message}`);
    return { ok: false, error: SCHEMA_REGISTRY_ERRORS.CHECK_FAILED.err(details) };
  }
  const recorded = await registry.record({
    subgraph: candidate.name,
    // The first publish records the seed too, so later ones compose from the registry alone.
    subgraphs: set.version === null ? subgraphs : [candidate],
    supergraphSdl: composed.supergraphSdl,
    basedOn: set.version,
    publishedBy,
    forced: force,
    checks: { composition: 'ok', ...report },
  });
  if (!recorded.ok) return recorded;
  return { ok: true, version: recorded.version, recorded: true, forced: force, report };
}
