import type { RegistryMigration } from '@dost/subgraph-kit';
import { serviceDesk } from './001_service_desk.ts';
import { catalogue } from './002_catalogue.ts';
import { statsIndex } from './003_stats_index.ts';

/** Service desk registry migrations, oldest first. */
export const servicesMigrations: readonly RegistryMigration[] = [
  serviceDesk,
  catalogue,
  statsIndex,
];
