import type { Knex } from 'knex';
import type { RegistrySubgraphName } from '../subgraphs/catalog.ts';
import { seedDisability } from './registries/seedDisability.ts';
import { seedPensions } from './registries/seedPensions.ts';
import { seedPopulation } from './registries/seedPopulation.ts';
import { seedServices } from './registries/seedServices.ts';
import { seedUnemployment } from './registries/seedUnemployment.ts';
import type { CitizenProfile } from './synthetic/CitizenProfile.ts';

/** Writes one batch of synthetic citizens into a registry's legacy tables. */
export type RegistrySeeder = (
  db: Knex | Knex.Transaction,
  profiles: readonly CitizenProfile[],
) => Promise<void>;

/**
 * The seeder of each registry the synthetic population fills. The audit trail has none: it
 * holds what the gateway records, not citizens.
 */
export const REGISTRY_SEEDERS: Readonly<Partial<Record<RegistrySubgraphName, RegistrySeeder>>> = {
  people: seedPopulation,
  pensions: seedPensions,
  unemployment: seedUnemployment,
  disability: seedDisability,
  services: seedServices,
};
