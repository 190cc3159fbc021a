import type { ProgrammeKind } from './CitizenProfile.ts';

/** Name and typical length (months) of each active labour-market programme. */
export const PROGRAMMES: Readonly<
  Record<ProgrammeKind, { readonly name: string; readonly months: readonly [number, number] }>
> = {
  // Paid public works on fixed-term contracts.
  PUBLIC_WORKS: { name: 'İşsizin dostu', months: [3, 6] },
  // One month of training, then assets under a 2-year monitored contract.
  SELF_EMPLOYMENT: { name: 'Özünüməşğulluq proqramı', months: [25, 25] },
  TRAINING: { name: 'Peşə hazırlığı kursu', months: [1, 3] },
};

/** Public-works placements: employer and kind of work. */
export const PUBLIC_WORKS_PLACEMENTS: readonly string[] = [
  'Azərsu ASC — su xətlərinin təmiri',
  'Azərişıq ASC — köməkçi işlər',
  'Təmiz Şəhər ASC — abadlıq işləri',
  'Azərbaycan Dəmir Yolları QSC — yol təmiri',
  'Rayon İcra Hakimiyyəti — yaşıllaşdırma',
  'Bələdiyyə — abadlıq və təmizlik',
];

/** In-kind assets of the self-employment programme. */
export const SELF_EMPLOYMENT_ASSETS: readonly string[] = [
  'arıçılıq avadanlığı (20 pətək)',
  'tikiş maşını və overlok',
  'bərbər avadanlığı',
  'istixana (200 m²)',
  'iribuynuzlu mal-qara (2 baş)',
  'xırdabuynuzlu mal-qara (10 baş)',
  'çörəkbişirmə avadanlığı',
  'ayaqqabı təmiri avadanlığı',
];

/** Vocational courses. */
export const TRAINING_COURSES: readonly string[] = [
  'Kompüter operatoru',
  'Aşpaz',
  'Qaynaqçı',
  'Mühasibatlıq (1C)',
  'Bərbər',
  'Elektrik montyoru',
  'Dərzi',
  'Santexnik',
];
