import type { Faker } from '@faker-js/faker';

/** A registered address as the population registry stores it. */
export interface Address {
  readonly region: string;
  readonly district: string;
  readonly street: string;
}

interface Region {
  readonly name: string;
  /** Rough share of the population, for weighted drawing. */
  readonly weight: number;
  readonly districts: readonly string[];
}

/** Economic regions and their cities/districts (faker's az locale has no regions). */
const REGIONS: readonly Region[] = [
  {
    name: 'Bakı',
    weight: 24,
    districts: [
      'Binəqədi',
      'Qaradağ',
      'Xətai',
      'Xəzər',
      'Nərimanov',
      'Nəsimi',
      'Nizami',
      'Pirallahı',
      'Sabunçu',
      'Səbail',
      'Suraxanı',
      'Yasamal',
    ],
  },
  { name: 'Abşeron-Xızı', weight: 7, districts: ['Sumqayıt', 'Abşeron', 'Xızı'] },
  {
    name: 'Gəncə-Daşkəsən',
    weight: 7,
    districts: ['Gəncə', 'Goranboy', 'Göygöl', 'Samux', 'Daşkəsən', 'Naftalan'],
  },
  { name: 'Qazax-Tovuz', weight: 7, districts: ['Qazax', 'Tovuz', 'Ağstafa', 'Şəmkir', 'Gədəbəy'] },
  {
    name: 'Şəki-Zaqatala',
    weight: 6,
    districts: ['Şəki', 'Zaqatala', 'Qax', 'Balakən', 'Oğuz', 'Qəbələ'],
  },
  {
    name: 'Lənkəran-Astara',
    weight: 9,
    districts: ['Lənkəran', 'Astara', 'Masallı', 'Lerik', 'Yardımlı', 'Cəlilabad'],
  },
  { name: 'Quba-Xaçmaz', weight: 6, districts: ['Quba', 'Qusar', 'Xaçmaz', 'Şabran', 'Siyəzən'] },
  {
    name: 'Mərkəzi Aran',
    weight: 7,
    districts: ['Mingəçevir', 'Yevlax', 'Ağdaş', 'Göyçay', 'Ucar', 'Zərdab', 'Kürdəmir'],
  },
  { name: 'Mil-Muğan', weight: 5, districts: ['Beyləqan', 'İmişli', 'Saatlı', 'Sabirabad'] },
  { name: 'Şirvan-Salyan', weight: 5, districts: ['Şirvan', 'Salyan', 'Neftçala', 'Hacıqabul'] },
  { name: 'Dağlıq Şirvan', weight: 3, districts: ['Şamaxı', 'İsmayıllı', 'Ağsu', 'Qobustan'] },
  {
    name: 'Qarabağ',
    weight: 8,
    districts: ['Bərdə', 'Ağcabədi', 'Tərtər', 'Ağdam', 'Füzuli', 'Xocavənd', 'Şuşa', 'Xocalı'],
  },
  { name: 'Naxçıvan', weight: 5, districts: ['Naxçıvan', 'Şərur', 'Ordubad', 'Culfa', 'Babək'] },
  { name: 'Şərqi Zəngəzur', weight: 1, districts: ['Cəbrayıl', 'Zəngilan', 'Qubadlı', 'Laçın'] },
];

const WEIGHTED_REGIONS = REGIONS.map((region) => ({ weight: region.weight, value: region }));

/** Cities where people mostly live in blocks of flats, so addresses carry a flat number. */
const CITIES = new Set(['Sumqayıt', 'Gəncə', 'Mingəçevir', 'Şirvan', 'Naxçıvan']);

/** Street names from faker's az locale, stripped of ready-made suffixes. */
function streetNames(faker: Faker): readonly string[] {
  return faker.definitions.location.street_name_part ?? ['Nizami'];
}

/** Draws a household's registered address. */
export function drawAddress(faker: Faker): Address {
  const region = faker.helpers.weightedArrayElement(WEIGHTED_REGIONS);
  const district = faker.helpers.arrayElement(region.districts);
  const name = faker.helpers.arrayElement(streetNames(faker));
  const street = name.endsWith('prospekti') ? name : `${name} küçəsi`;
  const house = faker.number.int({ min: 1, max: 180 });
  const urban = region.name === 'Bakı' || CITIES.has(district);
  const flat = urban ? `, mənzil ${faker.number.int({ min: 1, max: 120 })}` : '';
  return { region: region.name, district, street: `${street}, ev ${house}${flat}` };
}

/** Whether an address is in Baku (commissions and clinics are named differently there). */
export function isBaku(address: Address): boolean {
  return address.region === 'Bakı';
}
