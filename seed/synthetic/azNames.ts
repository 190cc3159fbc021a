import { az } from '@faker-js/faker';
import type { Sex } from './CitizenProfile.ts';

/**
 * Azerbaijani given names and surnames: faker's `az` locale, extended with common names it
 * lacks (its lists are short: 35 male given names, 10 surnames per sex).
 */
const EXTRA_MALE = [
  'Vüqar',
  'Elçin',
  'Orxan',
  'Tural',
  'Rauf',
  'Səbuhi',
  'Ülvi',
  'Elvin',
  'Rövşən',
  'Mübariz',
  'Camal',
  'Hüseyn',
  'Məhəmməd',
  'Əli',
  'Fuad',
  'Vüsal',
  'Cavid',
  'Əkbər',
  'Şahin',
  'Ramil',
  'Elşən',
  'Səməd',
  'Həsən',
  'Rəhim',
  'Kamil',
  'Nazim',
  'Yaşar',
  'Fərid',
  'Murad',
  'Toğrul',
  'Cəlal',
  'Rüstəm',
  'Vaqif',
  'Namiq',
  'Qasım',
  'Səfər',
  'Heydər',
  'Müşfiq',
  'Xəyal',
  'İsmayıl',
];
const EXTRA_FEMALE = [
  'Gülnarə',
  'Sevinc',
  'Könül',
  'Şəbnəm',
  'Xədicə',
  'Zəhra',
  'Nərmin',
  'Səadət',
  'Zərifə',
  'Məleykə',
  'Gülşən',
  'Türkan',
  'Xatirə',
  'Rəna',
  'Sevda',
  'Nazilə',
  'Şəfəq',
  'Aysel',
  'Zülfiyyə',
  'Səkinə',
  'Kəmalə',
  'Təranə',
  'İradə',
  'Solmaz',
  'Günel',
  'Vüsalə',
];
/** Male (root) forms; the female form is derived so a family shares one surname. */
const EXTRA_SURNAMES = [
  'Hüseynov',
  'Həsənov',
  'Cəfərov',
  'Abbasov',
  'Bağırov',
  'İsmayılov',
  'Mustafayev',
  'Hacıyev',
  'Kərimov',
  'Rzayev',
  'Babayev',
  'Orucov',
  'Süleymanov',
  'Nəsirov',
  'Sadıqov',
  'Zeynalov',
  'Əsgərov',
  'Novruzov',
  'Musayev',
  'Paşayev',
  'Şükürov',
  'Rüstəmov',
  'Tağıyev',
  'Məhərrəmov',
  'Allahverdiyev',
  'Qurbanov',
  'Bayramov',
  'Axundov',
  'Səfərov',
  'İbrahimov',
  'Cavadov',
  'Nağıyev',
  'Hüseynzadə',
  'Vəlizadə',
  'Əhmədli',
  'Şirinli',
];

const fakerNames = az.person;

export const MALE_GIVEN_NAMES: readonly string[] = unique([
  ...(fakerNames?.first_name?.male ?? []),
  ...EXTRA_MALE,
]);

export const FEMALE_GIVEN_NAMES: readonly string[] = unique([
  ...(fakerNames?.first_name?.female ?? []),
  ...EXTRA_FEMALE,
]);

/** Surname roots in the male form; faker's female surnames are turned back into roots. */
export const SURNAME_ROOTS: readonly string[] = unique([
  ...(fakerNames?.last_name?.male ?? []),
  ...(fakerNames?.last_name?.female ?? []).map((name) => name.replace(/(ov|ev)a$/, '$1')),
  ...EXTRA_SURNAMES,
]);

/** The surname for a sex: -ov/-ev take -a for women; -zadə, -li and similar do not change. */
export function surnameFor(root: string, sex: Sex): string {
  return sex === 'F' && /(ov|ev)$/.test(root) ? `${root}a` : root;
}

/** Patronymic from the father's given name: "Vüqar oğlu" (son), "Vüqar qızı" (daughter). */
export function patronymicFor(fatherGivenName: string, sex: Sex): string {
  return `${fatherGivenName} ${sex === 'M' ? 'oğlu' : 'qızı'}`;
}

/**
 * Surname roots with a realistic skew: a few surnames dominate. Weights are the 2012 counts
 * (thousands) of landline subscribers by male surname form (Ministry of Communications'
 * computing centre, via 1news.az 2012-01-12): Məmmədov 56.6, Əliyev 43.3, Hüseynov 27.0,
 * Həsənov 21.1, Quliyev 20.0, İsmayılov 15.6, Əhmədov 14.9, Abdullayev 13.2, Abbasov 12.6,
 * Cəfərov 11.4; every other root gets `OTHER_SURNAME_WEIGHT`, below the tenth. So about
 * one person in ten is a Məmmədov / Məmmədova.
 */
const SURNAME_WEIGHTS: Readonly<Record<string, number>> = {
  Məmmədov: 56.6,
  Əliyev: 43.3,
  Hüseynov: 27,
  Həsənov: 21.1,
  Quliyev: 20,
  İsmayılov: 15.6,
  Əhmədov: 14.9,
  Abdullayev: 13.2,
  Abbasov: 12.6,
  Cəfərov: 11.4,
};
const OTHER_SURNAME_WEIGHT = 8;

export const WEIGHTED_SURNAME_ROOTS: readonly { weight: number; value: string }[] =
  SURNAME_ROOTS.map((value) => ({
    value,
    weight: SURNAME_WEIGHTS[value] ?? OTHER_SURNAME_WEIGHT,
  }));

export function givenNamesFor(sex: Sex): readonly string[] {
  return sex === 'M' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES;
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.normalize('NFC')))];
}
