/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  'mutation AdvanceCase($input: AdvanceCaseInput!) {\n  advanceCase(input: $input) {\n    reference\n    status\n    history {\n      status\n      at\n    }\n  }\n}': typeof types.AdvanceCaseDocument;
  'mutation AdvanceVisit($input: AdvanceVisitInput!) {\n  advanceVisit(input: $input) {\n    id\n    status\n    window\n    calledAt\n    servingAt\n    closedAt\n  }\n}': typeof types.AdvanceVisitDocument;
  'query CentreStats($centre: String!, $period: StatsPeriod!) {\n  centreStats(centre: $centre, period: $period) {\n    centre {\n      code\n      name\n    }\n    from\n    to\n    visits\n    servedVisits\n    averageServiceTimeSeconds\n    averageQueueWaitSeconds\n    casesByStatus {\n      status\n      count\n    }\n    casesByDirection {\n      direction {\n        code\n        nameEn\n      }\n      count\n    }\n  }\n}': typeof types.CentreStatsDocument;
  'query CitizenSummary($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    sex\n    address {\n      region\n      district\n    }\n    pension {\n      labourPension {\n        type\n        status\n        amount\n        assignedOn\n      }\n      allowances {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      registeredOn\n      benefit {\n        monthlyAmount\n        status\n      }\n      programmes {\n        kind\n        name\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n      validFrom\n      reexaminationOn\n      indefinite\n    }\n  }\n}': typeof types.CitizenSummaryDocument;
  'query EligibilityHints($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    eligibilityHints {\n      rule\n      description\n      service {\n        code\n        name\n        nameEn\n        electronic\n      }\n      facts {\n        name\n        value\n      }\n    }\n  }\n}': typeof types.EligibilityHintsDocument;
  'mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    agency\n    scopes\n    until\n    grantedAt\n    live\n  }\n}': typeof types.GrantConsentDocument;
  'mutation IssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    id\n    ticket\n    status\n  }\n}': typeof types.IssueTicketDocument;
  'query MyAccessLog($first: Int = 10, $after: String) {\n  me {\n    fin\n    fullName\n    accessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          at\n          actor {\n            role\n            centre\n            agency\n            staffRef\n          }\n          purpose\n          consent\n          registries\n          fields\n          refused\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}': typeof types.MyAccessLogDocument;
  'query MyCases {\n  me {\n    fin\n    cases {\n      reference\n      status\n      centre {\n        code\n      }\n      service {\n        code\n        nameEn\n      }\n      history {\n        status\n        at\n      }\n    }\n  }\n}': typeof types.MyCasesDocument;
  'query MyConsents {\n  me {\n    fin\n    consents {\n      id\n      agency\n      scopes\n      until\n      grantedAt\n      revokedAt\n      live\n    }\n  }\n}': typeof types.MyConsentsDocument;
  'query OneWindow($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    pension {\n      labourPension {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      benefit {\n        monthlyAmount\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n    }\n  }\n}': typeof types.OneWindowDocument;
  'mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) {\n    reference\n    fin\n    status\n    centre {\n      code\n    }\n    service {\n      code\n      nameEn\n    }\n  }\n}': typeof types.OpenCaseDocument;
  'query OperatorQueue($fins: [FIN!]!) {\n  citizens(fins: $fins) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n    }\n    disability {\n      degree\n    }\n  }\n}': typeof types.OperatorQueueDocument;
  'query PensionDetail($fin: FIN!, $first: Int = 12, $after: String) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        type\n        status\n        assignedOn\n        office\n        insuranceMonths\n        capital\n        insurancePart\n        minimumTopUp\n        amount\n        changes(first: 10) {\n          edges {\n            node {\n              kind\n              effectiveOn\n              rateBasisPoints\n            }\n          }\n        }\n        payments(first: $first, after: $after) {\n          edges {\n            node {\n              period\n              amount\n              paidOn\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n}': typeof types.PensionDetailDocument;
  'mutation RevokeConsent($input: RevokeConsentInput!) {\n  revokeConsent(input: $input) {\n    id\n    revokedAt\n    live\n  }\n}': typeof types.RevokeConsentDocument;
};
const documents: Documents = {
  'mutation AdvanceCase($input: AdvanceCaseInput!) {\n  advanceCase(input: $input) {\n    reference\n    status\n    history {\n      status\n      at\n    }\n  }\n}':
    types.AdvanceCaseDocument,
  'mutation AdvanceVisit($input: AdvanceVisitInput!) {\n  advanceVisit(input: $input) {\n    id\n    status\n    window\n    calledAt\n    servingAt\n    closedAt\n  }\n}':
    types.AdvanceVisitDocument,
  'query CentreStats($centre: String!, $period: StatsPeriod!) {\n  centreStats(centre: $centre, period: $period) {\n    centre {\n      code\n      name\n    }\n    from\n    to\n    visits\n    servedVisits\n    averageServiceTimeSeconds\n    averageQueueWaitSeconds\n    casesByStatus {\n      status\n      count\n    }\n    casesByDirection {\n      direction {\n        code\n        nameEn\n      }\n      count\n    }\n  }\n}':
    types.CentreStatsDocument,
  'query CitizenSummary($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    sex\n    address {\n      region\n      district\n    }\n    pension {\n      labourPension {\n        type\n        status\n        amount\n        assignedOn\n      }\n      allowances {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      registeredOn\n      benefit {\n        monthlyAmount\n        status\n      }\n      programmes {\n        kind\n        name\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n      validFrom\n      reexaminationOn\n      indefinite\n    }\n  }\n}':
    types.CitizenSummaryDocument,
  'query EligibilityHints($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    eligibilityHints {\n      rule\n      description\n      service {\n        code\n        name\n        nameEn\n        electronic\n      }\n      facts {\n        name\n        value\n      }\n    }\n  }\n}':
    types.EligibilityHintsDocument,
  'mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    agency\n    scopes\n    until\n    grantedAt\n    live\n  }\n}':
    types.GrantConsentDocument,
  'mutation IssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    id\n    ticket\n    status\n  }\n}':
    types.IssueTicketDocument,
  'query MyAccessLog($first: Int = 10, $after: String) {\n  me {\n    fin\n    fullName\n    accessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          at\n          actor {\n            role\n            centre\n            agency\n            staffRef\n          }\n          purpose\n          consent\n          registries\n          fields\n          refused\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}':
    types.MyAccessLogDocument,
  'query MyCases {\n  me {\n    fin\n    cases {\n      reference\n      status\n      centre {\n        code\n      }\n      service {\n        code\n        nameEn\n      }\n      history {\n        status\n        at\n      }\n    }\n  }\n}':
    types.MyCasesDocument,
  'query MyConsents {\n  me {\n    fin\n    consents {\n      id\n      agency\n      scopes\n      until\n      grantedAt\n      revokedAt\n      live\n    }\n  }\n}':
    types.MyConsentsDocument,
  'query OneWindow($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    pension {\n      labourPension {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      benefit {\n        monthlyAmount\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n    }\n  }\n}':
    types.OneWindowDocument,
  'mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) {\n    reference\n    fin\n    status\n    centre {\n      code\n    }\n    service {\n      code\n      nameEn\n    }\n  }\n}':
    types.OpenCaseDocument,
  'query OperatorQueue($fins: [FIN!]!) {\n  citizens(fins: $fins) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n    }\n    disability {\n      degree\n    }\n  }\n}':
    types.OperatorQueueDocument,
  'query PensionDetail($fin: FIN!, $first: Int = 12, $after: String) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        type\n        status\n        assignedOn\n        office\n        insuranceMonths\n        capital\n        insurancePart\n        minimumTopUp\n        amount\n        changes(first: 10) {\n          edges {\n            node {\n              kind\n              effectiveOn\n              rateBasisPoints\n            }\n          }\n        }\n        payments(first: $first, after: $after) {\n          edges {\n            node {\n              period\n              amount\n              paidOn\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n}':
    types.PensionDetailDocument,
  'mutation RevokeConsent($input: RevokeConsentInput!) {\n  revokeConsent(input: $input) {\n    id\n    revokedAt\n    live\n  }\n}':
    types.RevokeConsentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdvanceCase($input: AdvanceCaseInput!) {\n  advanceCase(input: $input) {\n    reference\n    status\n    history {\n      status\n      at\n    }\n  }\n}',
): (typeof documents)['mutation AdvanceCase($input: AdvanceCaseInput!) {\n  advanceCase(input: $input) {\n    reference\n    status\n    history {\n      status\n      at\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation AdvanceVisit($input: AdvanceVisitInput!) {\n  advanceVisit(input: $input) {\n    id\n    status\n    window\n    calledAt\n    servingAt\n    closedAt\n  }\n}',
): (typeof documents)['mutation AdvanceVisit($input: AdvanceVisitInput!) {\n  advanceVisit(input: $input) {\n    id\n    status\n    window\n    calledAt\n    servingAt\n    closedAt\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CentreStats($centre: String!, $period: StatsPeriod!) {\n  centreStats(centre: $centre, period: $period) {\n    centre {\n      code\n      name\n    }\n    from\n    to\n    visits\n    servedVisits\n    averageServiceTimeSeconds\n    averageQueueWaitSeconds\n    casesByStatus {\n      status\n      count\n    }\n    casesByDirection {\n      direction {\n        code\n        nameEn\n      }\n      count\n    }\n  }\n}',
): (typeof documents)['query CentreStats($centre: String!, $period: StatsPeriod!) {\n  centreStats(centre: $centre, period: $period) {\n    centre {\n      code\n      name\n    }\n    from\n    to\n    visits\n    servedVisits\n    averageServiceTimeSeconds\n    averageQueueWaitSeconds\n    casesByStatus {\n      status\n      count\n    }\n    casesByDirection {\n      direction {\n        code\n        nameEn\n      }\n      count\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query CitizenSummary($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    sex\n    address {\n      region\n      district\n    }\n    pension {\n      labourPension {\n        type\n        status\n        amount\n        assignedOn\n      }\n      allowances {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      registeredOn\n      benefit {\n        monthlyAmount\n        status\n      }\n      programmes {\n        kind\n        name\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n      validFrom\n      reexaminationOn\n      indefinite\n    }\n  }\n}',
): (typeof documents)['query CitizenSummary($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    sex\n    address {\n      region\n      district\n    }\n    pension {\n      labourPension {\n        type\n        status\n        amount\n        assignedOn\n      }\n      allowances {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      registeredOn\n      benefit {\n        monthlyAmount\n        status\n      }\n      programmes {\n        kind\n        name\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n      validFrom\n      reexaminationOn\n      indefinite\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query EligibilityHints($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    eligibilityHints {\n      rule\n      description\n      service {\n        code\n        name\n        nameEn\n        electronic\n      }\n      facts {\n        name\n        value\n      }\n    }\n  }\n}',
): (typeof documents)['query EligibilityHints($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    eligibilityHints {\n      rule\n      description\n      service {\n        code\n        name\n        nameEn\n        electronic\n      }\n      facts {\n        name\n        value\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    agency\n    scopes\n    until\n    grantedAt\n    live\n  }\n}',
): (typeof documents)['mutation GrantConsent($input: GrantConsentInput!) {\n  grantConsent(input: $input) {\n    id\n    agency\n    scopes\n    until\n    grantedAt\n    live\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation IssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    id\n    ticket\n    status\n  }\n}',
): (typeof documents)['mutation IssueTicket($input: IssueTicketInput!) {\n  issueTicket(input: $input) {\n    id\n    ticket\n    status\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyAccessLog($first: Int = 10, $after: String) {\n  me {\n    fin\n    fullName\n    accessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          at\n          actor {\n            role\n            centre\n            agency\n            staffRef\n          }\n          purpose\n          consent\n          registries\n          fields\n          refused\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}',
): (typeof documents)['query MyAccessLog($first: Int = 10, $after: String) {\n  me {\n    fin\n    fullName\n    accessLog(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          at\n          actor {\n            role\n            centre\n            agency\n            staffRef\n          }\n          purpose\n          consent\n          registries\n          fields\n          refused\n          outcome\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyCases {\n  me {\n    fin\n    cases {\n      reference\n      status\n      centre {\n        code\n      }\n      service {\n        code\n        nameEn\n      }\n      history {\n        status\n        at\n      }\n    }\n  }\n}',
): (typeof documents)['query MyCases {\n  me {\n    fin\n    cases {\n      reference\n      status\n      centre {\n        code\n      }\n      service {\n        code\n        nameEn\n      }\n      history {\n        status\n        at\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query MyConsents {\n  me {\n    fin\n    consents {\n      id\n      agency\n      scopes\n      until\n      grantedAt\n      revokedAt\n      live\n    }\n  }\n}',
): (typeof documents)['query MyConsents {\n  me {\n    fin\n    consents {\n      id\n      agency\n      scopes\n      until\n      grantedAt\n      revokedAt\n      live\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OneWindow($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    pension {\n      labourPension {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      benefit {\n        monthlyAmount\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n    }\n  }\n}',
): (typeof documents)['query OneWindow($fin: FIN!) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    birthDate\n    pension {\n      labourPension {\n        type\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n      benefit {\n        monthlyAmount\n        status\n      }\n    }\n    disability {\n      degree\n      percent\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) {\n    reference\n    fin\n    status\n    centre {\n      code\n    }\n    service {\n      code\n      nameEn\n    }\n  }\n}',
): (typeof documents)['mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) {\n    reference\n    fin\n    status\n    centre {\n      code\n    }\n    service {\n      code\n      nameEn\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query OperatorQueue($fins: [FIN!]!) {\n  citizens(fins: $fins) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n    }\n    disability {\n      degree\n    }\n  }\n}',
): (typeof documents)['query OperatorQueue($fins: [FIN!]!) {\n  citizens(fins: $fins) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        status\n        amount\n      }\n    }\n    unemployment {\n      status\n    }\n    disability {\n      degree\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'query PensionDetail($fin: FIN!, $first: Int = 12, $after: String) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        type\n        status\n        assignedOn\n        office\n        insuranceMonths\n        capital\n        insurancePart\n        minimumTopUp\n        amount\n        changes(first: 10) {\n          edges {\n            node {\n              kind\n              effectiveOn\n              rateBasisPoints\n            }\n          }\n        }\n        payments(first: $first, after: $after) {\n          edges {\n            node {\n              period\n              amount\n              paidOn\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n}',
): (typeof documents)['query PensionDetail($fin: FIN!, $first: Int = 12, $after: String) {\n  citizen(fin: $fin) {\n    fin\n    fullName\n    pension {\n      labourPension {\n        type\n        status\n        assignedOn\n        office\n        insuranceMonths\n        capital\n        insurancePart\n        minimumTopUp\n        amount\n        changes(first: 10) {\n          edges {\n            node {\n              kind\n              effectiveOn\n              rateBasisPoints\n            }\n          }\n        }\n        payments(first: $first, after: $after) {\n          edges {\n            node {\n              period\n              amount\n              paidOn\n            }\n          }\n          pageInfo {\n            hasNextPage\n            endCursor\n          }\n        }\n      }\n    }\n  }\n}'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: 'mutation RevokeConsent($input: RevokeConsentInput!) {\n  revokeConsent(input: $input) {\n    id\n    revokedAt\n    live\n  }\n}',
): (typeof documents)['mutation RevokeConsent($input: RevokeConsentInput!) {\n  revokeConsent(input: $input) {\n    id\n    revokedAt\n    live\n  }\n}'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
