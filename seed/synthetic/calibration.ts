/**
 * The dated public figures the generator follows, and the shares of the living population
 * it aims at (issue 15). Money is integer qəpik, rates are basis points (1120 = 11.2 %).
 * Every figure names its source; `docs/synthetic-population.md` lists them with links, and
 * says which figures are derived or assumed rather than published.
 */

/** A figure in force from `from` (ISO date) until the next entry's `from`. */
export interface DatedFigure {
  readonly from: string;
  readonly value: number;
}

/**
 * Minimum labour pension. 116 → 160 AZN on 1 March 2019 and 160 → 200 AZN on 1 October 2019
 * (Law on Labour Pensions amendment; today.az / Azernews, 2019-10-01); 240 AZN from
 * 1 January 2022 and 280 AZN from 1 January 2023 (DOMAIN.md, issue 15); 320 AZN from
 * 1 February 2025 (decree "On continuing measures…", AzerNews 2025-01-23); 349.76 AZN from
 * 1 January 2026, i.e. 320 AZN indexed by 9.3 % (Ministry of Labour via Yeni Avaz, 2026-02).
 * Before March 2019 the seed uses 116 AZN (the figure that rise started from).
 */
export const MINIMUM_PENSION: readonly DatedFigure[] = [
  { from: '1900-01-01', value: 11_600 },
  { from: '2019-03-01', value: 16_000 },
  { from: '2019-10-01', value: 20_000 },
  { from: '2022-01-01', value: 24_000 },
  { from: '2023-01-01', value: 28_000 },
  { from: '2025-02-01', value: 32_000 },
  { from: '2026-01-01', value: 34_976 },
];

/** The figure in force on `date` (the last entry whose `from` ≤ date). */
export function figureOn(table: readonly DatedFigure[], date: string): number {
  let value = table[0]?.value ?? 0;
  for (const entry of table) {
    if (entry.from > date) break;
    value = entry.value;
  }
  return value;
}

/** Dates on which a figure of `table` changed, after its first entry. */
export function changeDates(table: readonly DatedFigure[]): string[] {
  return table.slice(1).map((entry) => entry.from);
}

/**
 * Yearly indexation on 1 January, basis points, for the two components the decrees name:
 * - `insurancePart`: the insurance part of pensions already assigned, indexed by the
 *   growth of the previous year's average monthly nominal wage (Law on Labour Pensions;
 *   decrees of 2020 (16.6 %, news.az 2020-02-06), 2024 (11.2 %, Trend 2024-02-05), 2025
 *   and 2026 (9.3 %, Ministry of Labour via Yeni Avaz / Report 2026-02-09));
 * - `capital`: pension capital on the insured's individual account, indexed by the
 *   previous year's consumer-price index since the decree on pensions assigned before
 *   1 January 2022 (Pressklub/Trend), restated by the 2025 and 2026 decrees (Trend
 *   2025-02-05, 2026-02-09). Before 2022 both components used one rate.
 * `verified` is false where the rate is not stated in our sources and is derived or
 * approximated (see docs/synthetic-population.md): such rates only shape history.
 */
export interface IndexationYear {
  readonly insurancePartBp: number;
  readonly capitalBp: number;
  readonly verified: boolean;
}

export const INDEXATION: Readonly<Record<number, IndexationYear>> = {
  // 2017: 12.4 %, the 2016 inflation (Minister Muslumov, news.az 2017-01-24).
  2017: { insurancePartBp: 1240, capitalBp: 1240, verified: true },
  // 2018: by the 2016 wage growth (news.az 2018-02-09); rate approximated.
  2018: { insurancePartBp: 1290, capitalBp: 1290, verified: false },
  2019: { insurancePartBp: 230, capitalBp: 230, verified: false },
  // 2020: 16.6 %, the 2019 average-wage growth (Ministry of Labour, news.az 2020-02-06).
  2020: { insurancePartBp: 1660, capitalBp: 1660, verified: true },
  2021: { insurancePartBp: 280, capitalBp: 280, verified: false },
  // From 2022 capital follows prices (2021 CPI 6.7 %), the insurance part wages.
  2022: { insurancePartBp: 670, capitalBp: 670, verified: false },
  2023: { insurancePartBp: 1380, capitalBp: 1390, verified: false },
  // 2024: 11.2 %, the 2023 average-wage growth (Trend 2024-02-05); 2023 CPI 8.8 %.
  2024: { insurancePartBp: 1120, capitalBp: 880, verified: true },
  // 2025: wage growth 2024 ≈ 1 009 / 933.80 − 1 ≈ 8.05 % (preliminary average wage;
  // AzerNews 2025-01-23 expected "about 8 %"); 2024 CPI 2.2 %.
  2025: { insurancePartBp: 805, capitalBp: 220, verified: false },
  // 2026: 9.3 %, the 2025 average-wage growth (Ministry of Labour, 2026-02); CPI assumed.
  2026: { insurancePartBp: 930, capitalBp: 560, verified: false },
};

/** Rate assumed for both components before 2017 (illustrative only). */
export const ASSUMED_EARLY_INDEXATION_BP = 500;

/** Year the seed's history of indexations starts from (earlier years use the assumed rate). */
export const FIRST_INDEXATION_YEAR = 2017;

/**
 * Unemployment-insurance benefit cap for decisions taken in a year: the previous year's
 * average monthly nominal wage (Law on Unemployment Insurance). 2023 average 933.80 AZN
 * (State Statistics Committee; DOMAIN.md) caps 2024 decisions; the 2024 average, about
 * 1 009 AZN (preliminary; issue 15), caps 2025 decisions; the 2025 average is not final,
 * so 2026 decisions are capped at the 2024 figure carried forward (an assumption).
 */
export const BENEFIT_CAP: readonly DatedFigure[] = [
  { from: '1900-01-01', value: 93_380 },
  { from: '2025-01-01', value: 100_900 },
];

/**
 * Disability assessment systems. Until 30 June 2022 the medical-social expertise set a
 * disability *group* (I, II, III) for adults and "child with limited health capacity" for
 * under-18s, without a percentage; from 1 July 2022 (Law on the Rights of Persons with
 * Disabilities, 2018, in force for the assessment from July 2022; DOMAIN.md) it sets the
 * percentage loss of body functions in 5 % steps and derives the degree from it.
 */
export const PERCENTAGE_ASSESSMENT_FROM = '2022-07-01';

/**
 * Target shares of the living population on the reference date, and how close the seed
 * must land (±20 % relative; issue 15). Sources: State Statistics Committee population
 * by age (65+ about 8.6 %, under 15 about 21.8 %); labour pensioners 1 103 300 in July 2025
 * out of about 10.2 M (10.8 %), of which old-age / disability / survivor 64.6 / 23.0 /
 * 12.4 % and women about 56 % (SSC "Social protection" tables, as cited in issue 15);
 * about 1.5 % of the registered unemployed draw the insurance benefit (an average over time);
 * about 10 % of people with a disability status are children.
 */
export interface TargetShare {
  readonly key: ShareKey;
  readonly label: string;
  /** Fraction in [0, 1]. */
  readonly value: number;
}

export type ShareKey =
  | 'aged65Plus'
  | 'under15'
  | 'labourPensioners'
  | 'oldAgeOfPensions'
  | 'disabilityOfPensions'
  | 'survivorOfPensions'
  | 'womenOfPensioners'
  | 'benefitOfUnemployed'
  | 'childrenOfDisabled'
  | 'publicWorksOfProgrammes'
  | 'selfEmploymentOfProgrammes'
  | 'disabledOfLiving';

export const TARGET_SHARES: readonly TargetShare[] = [
  { key: 'aged65Plus', label: 'aged 65+ (of the living)', value: 0.086 },
  { key: 'under15', label: 'under 15 (of the living)', value: 0.218 },
  { key: 'labourPensioners', label: 'labour pensioners (of the living)', value: 0.108 },
  { key: 'oldAgeOfPensions', label: 'old-age (of labour pensions)', value: 0.646 },
  { key: 'disabilityOfPensions', label: 'disability (of labour pensions)', value: 0.23 },
  { key: 'survivorOfPensions', label: 'survivor (of labour pensions)', value: 0.124 },
  { key: 'womenOfPensioners', label: 'women (of labour pensioners)', value: 0.56 },
  {
    key: 'benefitOfUnemployed',
    label: 'drawing the insurance benefit (of the registered unemployed, 2-year average)',
    value: 0.015,
  },
  { key: 'childrenOfDisabled', label: 'children (of those with a disability status)', value: 0.1 },
  // Programme mix: State Employment Agency, January–September 2021 (Report, via az24saat
  // 2021-10-09): 23 289 in paid public works, 11 950 in self-employment, 262 in vocational
  // training, i.e. 65.6 / 33.6 / 0.7 % of 35 501 participations. Training is too rare to
  // band at these sizes; syntheticUnemployment.test.ts only holds it rare.
  {
    key: 'publicWorksOfProgrammes',
    label: 'public works (of programme participations)',
    value: 0.656,
  },
  {
    key: 'selfEmploymentOfProgrammes',
    label: 'self-employment (of programme participations)',
    value: 0.336,
  },
  // About 560 000 persons with disabilities, 5.6 % of the population, about 10 % of them
  // children (World Bank, "Including persons with disabilities into society is a strategic
  // priority for Azerbaijan", op-ed, 2 December 2022). Earlier: "6 % of the population"
  // (Minister S. Muslumov, APA / Report.az, 1 December 2017); "about 620 000" (Report.az).
  // Children are 2.4–2.7 % of all children in 2014–2019 (Mustafayeva Z. M., Ukrainian
  // Journal of Medicine, Biology and Sport 6(3), 2021).
  { key: 'disabledOfLiving', label: 'with a disability status (of the living)', value: 0.056 },
];

/** Relative tolerance around each target share. */
export const SHARE_TOLERANCE = 0.2;
