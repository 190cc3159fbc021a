import type { RegistryMigration } from '@dost/subgraph-kit';
import { CENTRES } from '../catalogue/centres.ts';
import { DIRECTIONS } from '../catalogue/directions.ts';
import { SERVICES } from '../catalogue/services.ts';

/**
 * The catalogue and the centres are the registry's reference data, not synthetic citizens:
 * every deployment needs them, so a migration writes them rather than the seeder.
 */
export const catalogue: RegistryMigration = {
  name: '002_catalogue',
  async up(db) {
    await db('service_direction').insert(
      DIRECTIONS.map((d, position) => ({
        code: d.code,
        name: d.name,
        name_en: d.nameEn,
        position,
      })),
    );
    await db('service').insert(
      SERVICES.map((s, position) => ({
        code: s.code,
        direction: s.direction,
        name: s.name,
        name_en: s.nameEn,
        registries: s.registries.join(','),
        electronic: s.electronic,
        position,
      })),
    );
    await db('centre').insert(CENTRES.map((c) => ({ ...c })));
  },
  async down(db) {
    await db('centre').delete();
    await db('service').delete();
    await db('service_direction').delete();
  },
};
