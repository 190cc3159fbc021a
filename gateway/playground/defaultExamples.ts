import type { PlaygroundExample } from './createPlayground.ts';

/** Staff reads carry a token and the legal basis plus case reference they are made under. */
const STAFF_HEADERS: Readonly<Record<string, string>> = {
  Authorization: 'Bearer <paste a token from npm run token>',
  'X-Dost-Purpose': 'SERVICE_APPLICATION:APP-2026-000123',
};

/** A citizen reading their own record states no purpose. */
const CITIZEN_HEADERS: Readonly<Record<string, string>> = {
  Authorization: 'Bearer <paste a citizen token from npm run token>',
};

const OLD_AGE_PENSIONER = `# 5ZK7P2Q: an old-age pensioner, with the latest pension payments.
# Payment history is for pension officers: npm run token -- --role pension_officer --sub po-1
query OldAgePensioner($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    birthDate
    address { region district }
    pension {
      labourPension {
        type
        status
        amount
        assignedOn
        payments(first: 5) {
          edges { node { period amount paidOn } }
          pageInfo { hasNextPage endCursor }
        }
      }
      allowances { type amount status }
    }
  }
}
`;

const UNEMPLOYED_ON_BENEFIT = `# 3HRT9WX: registered unemployed, on benefit and placed in public works.
query UnemployedOnBenefit($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    unemployment {
      status
      registeredOn
      benefit { monthlyAmount status }
      programmes { kind name status }
    }
  }
}
`;

const DISABILITY_PENSION = `# 7DMV4LA: degree II disability, with a disability pension and allowance.
query DisabilityPension($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    disability { degree percent validFrom reexaminationOn indefinite }
    pension { labourPension { type status amount assignedOn } allowances { type amount } }
  }
}
`;

const CHILD_WITH_PARENT = `# 2NXC8FE: a child with limited health capacity, linked to a parent.
query ChildWithParent($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    birthDate
    disability { degree percent validFrom reexaminationOn indefinite }
    family {
      relation
      citizen { fin fullName }
    }
  }
}
`;

const POPULATION_ONLY = `# 9BQ6YTJ: known to the population registry only; every agency block is null.
query PopulationOnly($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    givenName
    surname
    patronymic
    birthDate
    sex
    address { region district }
    deathDate
    family { relation citizen { fin fullName } }
    pension { labourPension { type status amount assignedOn } allowances { type amount } }
    unemployment { status registeredOn benefit { monthlyAmount status } programmes { kind name status } }
    disability { degree percent validFrom reexaminationOn indefinite }
  }
}
`;

const SEVERAL_CITIZENS = `# Several citizens in one request, one row per FIN.
query SeveralCitizens($fins: [FIN!]!) {
  citizens(fins: $fins) {
    fin
    fullName
    pension { labourPension { type status amount } }
    unemployment { status benefit { monthlyAmount status } }
    disability { degree percent }
  }
}
`;

const MY_ACCESS_LOG = `# With a citizen's token: who read my data, when, and why.
query MyAccessLog {
  me {
    fullName
    accessLog(first: 10) {
      edges { node { at actor { role centre agency staffRef } purpose registries fields } }
    }
  }
}
`;

/** Example tabs for the demo citizens seeded in every registry. */
export const DEFAULT_EXAMPLES: PlaygroundExample[] = [
  staffExample('OldAgePensioner', OLD_AGE_PENSIONER, { fin: '5ZK7P2Q' }),
  staffExample('UnemployedOnBenefit', UNEMPLOYED_ON_BENEFIT, { fin: '3HRT9WX' }),
  staffExample('DisabilityPension', DISABILITY_PENSION, { fin: '7DMV4LA' }),
  staffExample('ChildWithParent', CHILD_WITH_PARENT, { fin: '2NXC8FE' }),
  staffExample('PopulationOnly', POPULATION_ONLY, { fin: '9BQ6YTJ' }),
  staffExample('SeveralCitizens', SEVERAL_CITIZENS, {
    fins: ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'],
  }),
  { name: 'MyAccessLog', query: MY_ACCESS_LOG, headers: { ...CITIZEN_HEADERS } },
];

function staffExample(
  name: string,
  query: string,
  variables: Record<string, unknown>,
): PlaygroundExample {
  return { name, query, variables, headers: { ...STAFF_HEADERS } };
}
