/** A synthetic employer: the same number always gives the same name and tax number. */
export interface Employer {
  /** 10-digit tax number (VÖEN). */
  readonly tin: string;
  readonly name: string;
}

const STEMS = [
  'Xəzər',
  'Qafqaz',
  'Günəş',
  'Araz',
  'Kür',
  'Şirvan',
  'Abşeron',
  'Şahdağ',
  'Nur',
  'Ulduz',
  'Gəncə',
  'Qarabağ',
  'Savalan',
  'Göygöl',
  'İnam',
  'Təbriz',
];
const TRADES = [
  'Tikinti',
  'Ticarət',
  'Servis',
  'Logistika',
  'Aqro',
  'Texnologiya',
  'Qida',
  'Tekstil',
  'Neft Servis',
  'Mebel',
];
const FORMS = ['MMC', 'ASC', 'QSC'];

/** Number of distinct employers the generator uses. */
export const EMPLOYER_COUNT = STEMS.length * TRADES.length;

/** The employer with number `n` in [0, EMPLOYER_COUNT). */
export function employerByNumber(n: number): Employer {
  const stem = STEMS[n % STEMS.length] ?? 'Xəzər';
  const trade = TRADES[Math.floor(n / STEMS.length) % TRADES.length] ?? 'Servis';
  const form = FORMS[n % FORMS.length] ?? 'MMC';
  // A legal entity's VÖEN ends in 1; the other nine digits only need to be stable and distinct.
  const body = String(100_000_000 + ((n * 7_919_777 + 13_579) % 900_000_000)).padStart(9, '0');
  return { tin: `${body}1`, name: `"${stem} ${trade}" ${form}` };
}

let byTin: Map<string, Employer> | undefined;

/** The employer with tax number `tin`, if it is one of the generator's. */
export function employerByTin(tin: string): Employer | undefined {
  if (byTin === undefined) {
    byTin = new Map();
    for (let n = 0; n < EMPLOYER_COUNT; n++) {
      const employer = employerByNumber(n);
      byTin.set(employer.tin, employer);
    }
  }
  return byTin.get(tin);
}

/** Job titles for contracts and offers. */
export const POSITIONS: readonly string[] = [
  'mühasib',
  'satıcı-kassir',
  'sürücü',
  'fəhlə',
  'aşpaz',
  'mühəndis',
  'operator',
  'inşaat fəhləsi',
  'anbardar',
  'qaynaqçı',
  'tibb bacısı',
  'müəllim',
  'proqramçı',
  'avtomexanik',
  'xadimə',
  'mühafizəçi',
  'ofisiant',
  'dərzi',
  'elektrik',
  'menecer',
];

/** Labour Code ground cited when a contract ends with the employee's death (illustrative). */
export const DEATH_TERMINATION_ARTICLE = '74.1.e';

/** Labour Code grounds cited when a contract ends (illustrative). */
export const TERMINATION_ARTICLES: readonly string[] = [
  '68.1.a',
  '68.1.b',
  '69.1',
  '70.a',
  '70.b',
  '73.1',
];
