import { createGroupLoader, createKeyLoader, createPageLoader } from '@dost/subgraph-kit';
import type { PensionsRegistry } from './registry.ts';

/** Per-request loaders of the pensions subgraph; each batch is one statement. */
export function createPensionsLoaders(registry: PensionsRegistry) {
  return {
    labourPension: createKeyLoader(
      (fins: readonly string[]) => registry.labourPensionsByFin(fins),
      (p) => p.fin,
    ),
    allowances: createGroupLoader(
      (fins: readonly string[]) => registry.allowancesByFin(fins),
      (a) => a.fin,
    ),
    changes: createPageLoader(
      (pensionIds: readonly number[], page) => registry.changePages(pensionIds, page),
      (c) => c.pensionId,
    ),
    payments: createPageLoader(
      (pensionIds: readonly number[], page) => registry.paymentPages(pensionIds, page),
      (p) => p.pensionId,
    ),
    typeChanges: createPageLoader(
      (pensionIds: readonly number[], page) => registry.typeChangePages(pensionIds, page),
      (c) => c.pensionId,
    ),
    allowancePayments: createPageLoader(
      (allowanceIds: readonly number[], page) => registry.allowancePaymentPages(allowanceIds, page),
      (p) => p.allowanceId,
    ),
  };
}

export type PensionsLoaders = ReturnType<typeof createPensionsLoaders>;
