import { createGroupLoader, createKeyLoader, createPageLoader } from '@dost/subgraph-kit';
import type { UnemploymentRegistry } from './registry.ts';

/** Per-request loaders of the unemployment subgraph; each batch is one SQL statement. */
export function createUnemploymentLoaders(registry: UnemploymentRegistry) {
  return {
    registration: createKeyLoader(
      (fins: readonly string[]) => registry.registrationsByFin(fins),
      (r) => r.fin,
    ),
    statusHistory: createPageLoader(
      (ids: readonly number[], page) => registry.statusHistoryPages(ids, page),
      (s) => s.registrationId,
    ),
    contracts: createPageLoader(
      (fins: readonly string[], page) => registry.contractPages(fins, page),
      (c) => c.fin,
    ),
    offers: createPageLoader(
      (ids: readonly number[], page) => registry.offerPages(ids, page),
      (o) => o.registrationId,
    ),
    refusals: createKeyLoader(
      (ids: readonly number[]) => registry.unjustifiedRefusals(ids),
      (c) => c.registrationId,
    ),
    benefit: createKeyLoader(
      (ids: readonly number[]) => registry.benefitsByRegistration(ids),
      (b) => b.registrationId,
    ),
    benefitPayments: createPageLoader(
      (ids: readonly number[], page) => registry.benefitPaymentPages(ids, page),
      (p) => p.decisionId,
    ),
    programmes: createGroupLoader(
      (ids: readonly number[]) => registry.programmesByRegistration(ids),
      (p) => p.registrationId,
    ),
    programmeContract: createKeyLoader(
      (ids: readonly number[]) => registry.contractsByProgramme(ids),
      // Only placement contracts are read here, so programmeId is never null.
      (c) => c.programmeId ?? 0,
    ),
    monitoringVisits: createPageLoader(
      (ids: readonly number[], page) => registry.monitoringVisitPages(ids, page),
      (v) => v.programmeId,
    ),
  };
}

export type UnemploymentLoaders = ReturnType<typeof createUnemploymentLoaders>;
