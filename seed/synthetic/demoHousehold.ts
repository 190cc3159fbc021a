import type { Address } from './azAddresses.ts';
import { yearOf } from './calendar.ts';
import type { Sex } from './CitizenProfile.ts';
import type { HouseholdPlan, PlannedMember } from './HouseholdPlan.ts';

/**
 * Indices reserved for the demo: 0..4 are the demo citizens (DEMO_FINS order) and 5..7
 * their relatives — 5 and 6 the father and mother of 2NXC8FE (index 3), 7 the wife of
 * 5ZK7P2Q (index 0). Two household blocks; generated households start at index 8.
 */
export const DEMO_POPULATION_SIZE = 8;

const NASIROV_HOME: Address = {
  region: 'Bakı',
  district: 'Xətai',
  street: 'Nobel prospekti, ev 52, mənzil 31',
};
const MAMMADOV_HOME: Address = {
  region: 'Bakı',
  district: 'Nəsimi',
  street: 'Səməd Vurğun küçəsi, ev 34, mənzil 12',
};

/**
 * The demo people and their family ties. Birth dates are relative to the reference year
 * (shown for the default 2026-11-01) so ages and statuses hold for any reference date;
 * the war veteran's dates are absolute because his injury dates from the 2020 war.
 */
export function demoHousehold(referenceDate: string): HouseholdPlan {
  const y = yearOf(referenceDate);
  const person = (
    index: number,
    sex: Sex,
    name: string,
    birthDate: string,
    address: Address,
  ): PlannedMember => {
    const [surname = '', givenName = '', ...patronymic] = name.split(' ');
    return {
      index,
      sex,
      birthDate,
      deathDate: null,
      surname,
      givenName,
      patronymic: patronymic.join(' '),
      citizenship: 'AZE',
      address,
    };
  };
  return {
    members: [
      person(0, 'M', 'Məmmədov Əli Həsən oğlu', `${y - 69}-03-14`, MAMMADOV_HOME), // 1957
      person(1, 'M', 'Əliyev Rəşad Vüqar oğlu', `${y - 34}-05-21`, {
        region: 'Bakı',
        district: 'Yasamal',
        street: 'Şərifzadə küçəsi, ev 8, mənzil 45',
      }), // 1992
      person(2, 'M', 'Həsənov Elvin Rauf oğlu', '1995-04-11', {
        region: 'Gəncə-Daşkəsən',
        district: 'Gəncə',
        street: 'Cavadxan küçəsi, ev 19, mənzil 7',
      }),
      person(3, 'F', 'Nəsirova Ayan Tural qızı', `${y - 9}-06-18`, NASIROV_HOME), // 2017
      person(4, 'F', 'Qasımova Leyla Nazim qızı', `${y - 27}-12-03`, {
        region: 'Lənkəran-Astara',
        district: 'Lənkəran',
        street: 'Həzi Aslanov küçəsi, ev 17',
      }), // 1999
      person(5, 'M', 'Nəsirov Tural Elçin oğlu', `${y - 38}-01-27`, NASIROV_HOME), // 1988
      person(6, 'F', 'Nəsirova Günay Rafiq qızı', `${y - 35}-10-05`, NASIROV_HOME), // 1991
      person(7, 'F', 'Məmmədova Zərifə Kamil qızı', `${y - 66}-09-02`, MAMMADOV_HOME), // 1960
    ],
    spouses: [
      [0, 7],
      [5, 6],
    ],
    parentChild: [
      { parent: 5, child: 3 },
      { parent: 6, child: 3 },
    ],
  };
}
