import type { RegistryMigration } from '@dost/subgraph-kit';
import { serviceDesk } from './001_service_desk.ts';
import { catalogue } from './002_catalogue.ts';
import { consents } from './003_consents.ts';
import { statsIndex } from './004_stats_index.ts';

/** Service desk registry migrations, oldest first. */
export const servicesMigrations: readonly RegistryMigration[] = [
  serviceDesk,
  catalogue,
  consents,
  statsIndex,
];
