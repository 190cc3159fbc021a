import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateRegistry } from '@dost/platform/migrateRegistry.ts';
import { legacyDisability } from '../../subgraphs/disability/migrations/001_legacy_disability.ts';
import { disabilityMigrations } from '../../subgraphs/disability/migrations/index.ts';
import { createDisabilityRegistry } from '../../subgraphs/disability/registry.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

/** A decision as 001 stored it: no system, indefinite as a NULL date. */
function legacyRow(id: number, fin: string, derece: string, yeniMuayine: string | null) {
  return {
    id,
    fin,
    qerar_tarixi: '2021-05-04',
    derece,
    faiz: derece === 'YOX' ? 20 : 70,
    sebeb: 'UX',
    quvvede_tarixi: '2021-05-04',
    yeni_muayine: yeniMuayine,
    komissiya: 'Tibbi-Sosial Ekspert Komissiyası №1 (Bakı)',
    imzalar: 'Quliyeva S.; Bağırov E.',
    status: 'C',
  };
}

describe.each(testDialects())('migration 002 on a registry written by 001 ($name)', (dialect) => {
  let registry: TestDb;

  beforeAll(async () => {
    registry = await openTestRegistry(dialect, 'disability', [legacyDisability]);
    await registry
      .db('tse_qerar')
      .insert([
        legacyRow(1, 'A1B2C3D', 'II', null),
        legacyRow(2, 'E4F5G6H', 'III', '2023-05-04'),
        legacyRow(3, 'J7K8L9M', 'YOX', null),
      ]);
    await migrateRegistry(registry.db, disabilityMigrations);
  });

  afterAll(() => registry.cleanup());

  it('keeps their percentages, and marks a NULL date indefinite as 001 meant it, except YOX', async () => {
    const decisions = await createDisabilityRegistry(registry.db).currentDecisionsByFin([
      'A1B2C3D',
      'E4F5G6H',
      'J7K8L9M',
    ]);
    expect(
      decisions.map((d) => ({
        fin: d.fin,
        system: d.assessmentSystem,
        percent: d.percent,
        reexaminationOn: d.reexaminationOn,
        indefinite: d.indefinite,
      })),
    ).toEqual([
      {
        fin: 'A1B2C3D',
        system: 'PERCENTAGE',
        percent: 70,
        reexaminationOn: null,
        indefinite: true,
      },
      {
        fin: 'E4F5G6H',
        system: 'PERCENTAGE',
        percent: 70,
        reexaminationOn: '2023-05-04',
        indefinite: false,
      },
      {
        fin: 'J7K8L9M',
        system: 'PERCENTAGE',
        percent: 20,
        reexaminationOn: null,
        indefinite: false,
      },
    ]);
  });

  it('rolls back to 001’s columns', async () => {
    const last = disabilityMigrations.at(-1);
    expect(last?.name).toBe('002_disability_system');
    await last?.down(registry.db);
    expect(await registry.db.schema.hasColumn('tse_qerar', 'sistem')).toBe(false);
    expect(await registry.db.schema.hasColumn('tse_qerar', 'muddetsiz')).toBe(false);
    await last?.up(registry.db);
    expect(await registry.db.schema.hasColumn('tse_qerar', 'muddetsiz')).toBe(true);
  });
});
