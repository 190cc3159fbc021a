import { createGroupLoader, createKeyLoader } from '@dost/subgraph-kit';
import type { ServicesRegistry } from './registry.ts';

/**
 * Per-request loaders of the services subgraph; each batch is one statement. The registry
 * rides along for the writes: the kit hands resolvers only what this returns, and a write
 * is never batched or cached.
 */
export function createServicesLoaders(registry: ServicesRegistry) {
  return {
    registry,
    direction: createKeyLoader(
      (codes: readonly string[]) => registry.directionsByCode(codes),
      (d) => d.code,
    ),
    service: createKeyLoader(
      (codes: readonly string[]) => registry.servicesByCode(codes),
      (s) => s.code,
    ),
    servicesOfDirection: createGroupLoader(
      (directions: readonly string[]) => registry.servicesByDirection(directions),
      (s) => s.direction,
    ),
    centre: createKeyLoader(
      (codes: readonly string[]) => registry.centresByCode(codes),
      (c) => c.code,
    ),
    visit: createKeyLoader(
      (ids: readonly number[]) => registry.visitsById(ids),
      (v) => v.id,
    ),
    case: createKeyLoader(
      (ids: readonly number[]) => registry.casesById(ids),
      (c) => c.id,
    ),
    casesOfCitizen: createGroupLoader(
      (fins: readonly string[]) => registry.casesByFin(fins),
      (c) => c.fin,
    ),
    consent: createKeyLoader(
      (ids: readonly number[]) => registry.consentsById(ids),
      (c) => c.id,
    ),
    consentsOfCitizen: createGroupLoader(
      (fins: readonly string[]) => registry.consentsByFin(fins),
      (c) => c.fin,
    ),
    history: createGroupLoader(
      (caseIds: readonly number[]) => registry.historyByCase(caseIds),
      (h) => h.caseId,
    ),
  };
}

export type ServicesLoaders = ReturnType<typeof createServicesLoaders>;
