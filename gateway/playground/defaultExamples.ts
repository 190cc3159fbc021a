import type { PlaygroundExample } from './createPlayground.ts';

// Tabs carry no headers of their own: the page's one token and purpose go with every tab
// (boot.js). Each example names the role whose token it is written for.

const OLD_AGE_PENSIONER = `# 5ZK7P2Q: an old-age pensioner (operator token at baku-1).
# Purpose: SERVICE_APPLICATION:APP-2026-000002, 5ZK7P2Q's open case at baku-1.
query OldAgePensioner($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    birthDate
    address { region district }
    pension {
      labourPension { type status amount assignedOn }
      allowances { type amount status }
    }
  }
}
`;

const PENSION_PAYMENTS = `# 5ZK7P2Q's latest pension payments: the history is for pension officers.
# npm run token -- --role pension_officer --sub po-1
# Purpose: PENSION_ASSIGNMENT:PEN-2026-000481 (the pension fund's own file).
query PensionPayments($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    pension {
      labourPension {
        type
        status
        amount
        payments(first: 5) {
          edges { node { period amount paidOn } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}
`;

const UNEMPLOYED_ON_BENEFIT = `# 3HRT9WX: registered unemployed, on benefit and placed in public works.
# Purpose: SERVICE_APPLICATION:APP-2026-000066, 3HRT9WX's open case at baku-1.
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
# Purpose: SERVICE_APPLICATION:APP-2026-000130, 7DMV4LA's open case at baku-1.
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
# Purpose: SERVICE_APPLICATION:APP-2026-000194, 2NXC8FE's open case at baku-1.
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
# Purpose: SERVICE_APPLICATION:APP-2026-000258, 9BQ6YTJ's open case at baku-1.
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

const ELIGIBILITY_HINTS = `# 2NXC8FE: services she probably qualifies for but does not receive, each with the
# rule that fired and the facts it read from the other registries (operator token at baku-1).
# Purpose: SERVICE_APPLICATION:APP-2026-000194, 2NXC8FE's open case at baku-1.
query EligibilityHints($fin: FIN!) {
  citizen(fin: $fin) {
    fin
    fullName
    eligibilityHints {
      rule
      description
      service { code name nameEn }
      facts { name value }
    }
  }
}
`;

const SEVERAL_CITIZENS = `# Several citizens in one request, one row per FIN: a pension officer's worklist.
# An operator's read names only the citizen of the case it cites.
# npm run token -- --role pension_officer --sub po-1
# Purpose: PENSION_ASSIGNMENT:PEN-2026-000481 (the pension fund's own file).
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

const MY_ACCESS_LOG = `# With a citizen's token (no purpose): who read my data, when, and why.
# npm run token -- --role citizen --sub c-1 --fin 5ZK7P2Q
query MyAccessLog {
  me {
    fullName
    accessLog(first: 10) {
      edges { node { at actor { role centre agency staffRef } purpose registries fields } }
    }
  }
}
`;

const CENTRE_KPIS = `# baku-1's KPIs for 2023 (centre manager token: no purpose, no personal data).
# npm run token -- --role centre_manager --sub mgr-1 --centre baku-1
query CentreKpis($centre: String!, $period: StatsPeriod!) {
  centreStats(centre: $centre, period: $period) {
    visits
    servedVisits
    averageServiceTimeSeconds
    averageQueueWaitSeconds
    casesByStatus { status count }
    casesByDirection { direction { code nameEn } count }
  }
}
`;

const ISSUE_TICKET = `# The window's first write: a queue ticket at the operator's own centre (operator token at
# baku-1). Writes state a purpose too; it need not be a case of the person served.
# Purpose: SERVICE_APPLICATION:APP-2026-000066 (3HRT9WX's seeded case, as the read tabs cite).
# The idempotency key makes a second run return the first ticket and write nothing; use a
# fresh key for a new ticket. Then move it on with advanceVisit (CALLED, SERVING, CLOSED).
mutation IssueTicket($input: IssueTicketInput!) {
  issueTicket(input: $input) { id ticket status issuedAt centre { code } service { nameEn } }
}
`;

const OPEN_CASE = `# Opens a case for 3HRT9WX at baku-1 (operator token). Its reference is what a read of his
# data then cites: SERVICE_APPLICATION:<reference>. A repeat with this key opens nothing new.
# Purpose: SERVICE_APPLICATION:APP-2026-000066
mutation OpenCase($input: OpenCaseInput!) {
  openCase(input: $input) {
    reference
    status
    centre { code }
    service { code nameEn }
    history { status at }
  }
}
`;

/** Example tabs for the demo citizens seeded in every registry. */
export const DEFAULT_EXAMPLES: PlaygroundExample[] = [
  {
    name: 'OldAgePensioner',
    query: OLD_AGE_PENSIONER,
    role: 'operator',
    variables: { fin: '5ZK7P2Q' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000002',
  },
  {
    name: 'PensionPayments',
    query: PENSION_PAYMENTS,
    role: 'pension_officer',
    variables: { fin: '5ZK7P2Q' },
    purpose: 'PENSION_ASSIGNMENT:PEN-2026-000481',
  },
  {
    name: 'UnemployedOnBenefit',
    query: UNEMPLOYED_ON_BENEFIT,
    role: 'operator',
    variables: { fin: '3HRT9WX' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000066',
  },
  {
    name: 'DisabilityPension',
    query: DISABILITY_PENSION,
    role: 'operator',
    variables: { fin: '7DMV4LA' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000130',
  },
  {
    name: 'ChildWithParent',
    query: CHILD_WITH_PARENT,
    role: 'operator',
    variables: { fin: '2NXC8FE' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000194',
  },
  {
    name: 'PopulationOnly',
    query: POPULATION_ONLY,
    role: 'operator',
    variables: { fin: '9BQ6YTJ' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000258',
  },
  {
    name: 'EligibilityHints',
    query: ELIGIBILITY_HINTS,
    role: 'operator',
    variables: { fin: '2NXC8FE' },
    purpose: 'SERVICE_APPLICATION:APP-2026-000194',
  },
  {
    name: 'SeveralCitizens',
    query: SEVERAL_CITIZENS,
    role: 'pension_officer',
    variables: { fins: ['5ZK7P2Q', '3HRT9WX', '7DMV4LA', '2NXC8FE', '9BQ6YTJ'] },
    purpose: 'PENSION_ASSIGNMENT:PEN-2026-000481',
  },
  {
    name: 'IssueTicket',
    query: ISSUE_TICKET,
    role: 'operator',
    variables: { input: { idempotencyKey: 'playground-ticket-0001', serviceCode: 'EMP-05' } },
    purpose: 'SERVICE_APPLICATION:APP-2026-000066',
  },
  {
    name: 'OpenCase',
    query: OPEN_CASE,
    role: 'operator',
    variables: {
      input: { idempotencyKey: 'playground-case-0001', fin: '3HRT9WX', serviceCode: 'EMP-05' },
    },
    purpose: 'SERVICE_APPLICATION:APP-2026-000066',
  },
  { name: 'MyAccessLog', query: MY_ACCESS_LOG, role: 'citizen' },
  {
    name: 'CentreKpis',
    query: CENTRE_KPIS,
    role: 'centre_manager',
    variables: { centre: 'baku-1', period: { from: '2023-01-01', to: '2023-12-31' } },
  },
];
