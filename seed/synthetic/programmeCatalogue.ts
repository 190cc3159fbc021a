import type { ProgrammeKind } from './CitizenProfile.ts';

/** Name and typical length (months) of each active labour-market programme. */
export const PROGRAMMES: Readonly<
  Record<ProgrammeKind, { readonly name: string; readonly months: readonly [number, number] }>
> = {
  // Paid public works on fixed-term contracts.
  PUBLIC_WORKS: { name: 'İşsizin dostu', months: [3, 6] },
  // One month of training, then assets under a 2-year monitored contract (24 + 1 months).
  SELF_EMPLOYMENT: { name: 'Özünüməşğulluq proqramı', months: [25, 25] },
  TRAINING: { name: 'Peşə hazırlığı kursu', months: [1, 3] },
};

/**
 * A public-works employer of "İşsizin dostu": the party to the placement's fixed-term labour
 * contract. The tax numbers are synthetic (10 digits ending in 1, as a legal entity's VÖEN
 * does), not the organisations' real ones.
 */
export interface PublicWorksEmployer {
  readonly name: string;
  /** 10-digit tax number (VÖEN). */
  readonly tin: string;
  /** Kind of work, as the placement's detail names it. */
  readonly work: string;
  /** Position written in the contract. */
  readonly position: string;
}

export const PUBLIC_WORKS_EMPLOYERS: readonly PublicWorksEmployer[] = [
  { name: 'Azərsu ASC', tin: '9900037711', work: 'su xətlərinin təmiri', position: 'fəhlə' },
  { name: 'Azərişıq ASC', tin: '9900071001', work: 'köməkçi işlər', position: 'köməkçi fəhlə' },
  {
    name: 'Təmiz Şəhər ASC',
    tin: '9900091541',
    work: 'abadlıq işləri',
    position: 'abadlıq fəhləsi',
  },
  {
    name: 'Azərbaycan Dəmir Yolları QSC',
    tin: '9900003611',
    work: 'yol təmiri',
    position: 'yol fəhləsi',
  },
  {
    name: 'Rayon İcra Hakimiyyəti',
    tin: '1300120281',
    work: 'yaşıllaşdırma',
    position: 'yaşıllaşdırma işçisi',
  },
  {
    name: 'Bələdiyyə',
    tin: '1300345671',
    work: 'abadlıq və təmizlik',
    position: 'təsərrüfat işçisi',
  },
];

/** The placement's detail: employer and kind of work, e.g. "Azərsu ASC — su xətlərinin təmiri". */
export function publicWorksDetail(employer: PublicWorksEmployer): string {
  return `${employer.name} — ${employer.work}`;
}

/** Public-works placements: employer and kind of work. */
export const PUBLIC_WORKS_PLACEMENTS: readonly string[] =
  PUBLIC_WORKS_EMPLOYERS.map(publicWorksDetail);

/** The public-works employer a placement's detail names, if any. */
export function publicWorksEmployerOf(detail: string): PublicWorksEmployer | undefined {
  return PUBLIC_WORKS_EMPLOYERS.find((employer) => publicWorksDetail(employer) === detail);
}

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
