/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = {
  [_ in K]?: never;
};
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string };
  String: { input: string; output: string };
  Boolean: { input: boolean; output: boolean };
  Int: { input: number; output: number };
  Float: { input: number; output: number };
  /** A calendar day, YYYY-MM-DD, with no time zone. */
  Date: { input: string; output: string };
  /** An instant, ISO-8601 UTC with milliseconds. */
  DateTime: { input: string; output: string };
  /**
   * A citizen's permanent identification number (FIN): 7 capital Latin letters and digits,
   * never I or O, e.g. 5ZK7P2Q. A malformed FIN is a BAD_USER_INPUT error.
   */
  FIN: { input: string; output: string };
  /** An amount in AZN as an exact decimal string with two decimals, e.g. "349.76"; never a float. */
  Money: { input: string; output: string };
};

/**
 * Who accessed the data, as the citizen may see it: role and workplace, and for staff a
 * stable pseudonymous reference instead of a name. Quote the reference to the DOST
 * data-protection officer, who can tell you who it is and why they read your data.
 */
export type AccessLogActor = {
  __typename?: 'AccessLogActor';
  /** Agency of an officer or partner. */
  agency: Maybe<Scalars['String']['output']>;
  /** DOST centre of an operator, e.g. baku-1. */
  centre: Maybe<Scalars['String']['output']>;
  /** The role they acted in. */
  role: AccessRole;
  /**
   * Stable pseudonym of the staff member or partner system (10 hex characters): the same
   * person always has the same reference. Null for citizens.
   */
  staffRef: Maybe<Scalars['String']['output']>;
  /** True when the access was your own (you signed in and read your data). */
  you: Scalars['Boolean']['output'];
};

/** A page of a citizen's access log, newest first. */
export type AccessLogConnection = {
  __typename?: 'AccessLogConnection';
  /** The accesses on this page, newest first. */
  edges: Array<AccessLogEdge>;
  /** Whether older accesses follow, and the cursor to ask for them. */
  pageInfo: AccessLogPageInfo;
};

/** One access on a page, with its cursor. */
export type AccessLogEdge = {
  __typename?: 'AccessLogEdge';
  /** Pass as `after` to continue after this access. */
  cursor: Scalars['String']['output'];
  /** The access. */
  node: AccessLogEntry;
};

/** One request that read, or tried to read, the citizen's data. */
export type AccessLogEntry = {
  __typename?: 'AccessLogEntry';
  /** Who asked. */
  actor: AccessLogActor;
  /** When the gateway handled the request. */
  at: Scalars['DateTime']['output'];
  /**
   * The consent (Consent.id, see Citizen.consents) a partner's read of your data was made under;
   * null for every other access. A partner reads only under a live consent you gave.
   */
  consent: Maybe<Scalars['ID']['output']>;
  /**
   * Fields disclosed, as Type.field, e.g. LabourPension.amount. They are the request's fields:
   * when one request read several people, they may include fields read about the others.
   * `Query.citizen` alone means the caller learnt that you are in the registry.
   */
  fields: Array<Scalars['String']['output']>;
  /** Whether the data was disclosed, in part, or refused. */
  outcome: AuditOutcome;
  /** The stated purpose, LEGAL_BASIS:case-reference; null when none was needed (e.g. your own reads). */
  purpose: Maybe<Scalars['String']['output']>;
  /**
   * Fields asked for and refused, as Type.field, e.g. DisabilityRecord.diagnoses: someone
   * tried to read them and was not allowed. Empty for accesses recorded before refusals were
   * kept.
   */
  refused: Array<Scalars['String']['output']>;
  /** Registries the request reached, e.g. people, pensions. */
  registries: Array<Scalars['String']['output']>;
};

/**
 * Where a page of an access log ends (Relay style). Named per connection because a value type
 * shared by several subgraphs would have to be @shareable in all of them.
 */
export type AccessLogPageInfo = {
  __typename?: 'AccessLogPageInfo';
  /** Cursor of the last edge; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when older accesses remain after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** The role the caller acted in. */
export type AccessRole =
  /** An auditor or the data-protection officer. */
  | 'AUDITOR'
  /** A DOST centre's manager, who reads the centre's KPIs (never personal data). */
  | 'CENTRE_MANAGER'
  /** The citizen, through the e-social portal. */
  | 'CITIZEN'
  /** An officer of the medical-social expertise (disability) registry. */
  | 'DISABILITY_OFFICER'
  /** An officer of the employment (unemployment) registry. */
  | 'EMPLOYMENT_OFFICER'
  /** A DOST one-window operator at a centre. */
  | 'OPERATOR'
  /** A role this version of the graph does not know; the access is still shown. */
  | 'OTHER'
  /** A partner agency's system under a data-sharing agreement. */
  | 'PARTNER'
  /** An officer of the pensions registry. */
  | 'PENSION_OFFICER';

/** A registered address in Azerbaijan. */
export type Address = {
  __typename?: 'Address';
  /** District (rayon) or city district, e.g. Nəsimi. */
  district: Scalars['String']['output'];
  /** Economic region or city of republican subordination, e.g. Bakı. */
  region: Scalars['String']['output'];
  /** Street, house and flat; null when the registry holds only the district. */
  street: Maybe<Scalars['String']['output']>;
};

/** What advanceCase needs: the case and the status it moves to. */
export type AdvanceCaseInput = {
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first case and writes
   * nothing (safe to retry after a lost answer); reusing it with other input is
   * IDEMPOTENCY_KEY_REUSED. A malformed key is BAD_USER_INPUT.
   */
  idempotencyKey: Scalars['String']['input'];
  /** The case's reference, e.g. `APP-2026-000123`; one no case has is BAD_USER_INPUT. */
  reference: Scalars['String']['input'];
  /**
   * The status to move to, one step of Mutation.advanceCase's moves; any other is
   * INVALID_TRANSITION. A citizen may give only CLOSED.
   */
  to: CaseStatus;
};

/** What advanceVisit needs: the visit and the step it makes. */
export type AdvanceVisitInput = {
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first visit and writes
   * nothing (safe to retry after a lost answer); reusing it with other input is
   * IDEMPOTENCY_KEY_REUSED. A malformed key is BAD_USER_INPUT.
   */
  idempotencyKey: Scalars['String']['input'];
  /**
   * The step: CALLED from ISSUED, SERVING from CALLED, CLOSED from SERVING or from CALLED (the
   * visitor never came). Any other is INVALID_TRANSITION.
   */
  to: VisitStatus;
  /** The visit's id (Visit.id), of the operator's own centre; an unknown id is BAD_USER_INPUT. */
  visitId: Scalars['ID']['input'];
  /** The window number (1 or more) the ticket is called to: required for CALLED, ignored otherwise. */
  window?: InputMaybe<Scalars['Int']['input']>;
};

/** One payment of a social allowance. */
export type AllowancePayment = {
  __typename?: 'AllowancePayment';
  /** Amount paid: the allowance's figure in force for the period. */
  amount: Scalars['Money']['output'];
  /** The payment's number in the registry. */
  id: Scalars['ID']['output'];
  /** Day the payment was made. */
  paidOn: Scalars['Date']['output'];
  /** The month paid for, as its first day. */
  period: Scalars['Date']['output'];
};

/** A page of a social allowance's payments, newest first. */
export type AllowancePaymentConnection = {
  __typename?: 'AllowancePaymentConnection';
  /** The payments on this page, newest first. */
  edges: Array<AllowancePaymentEdge>;
  /** Whether more payments follow, and the cursor to ask for them. */
  pageInfo: PensionPageInfo;
};

/** One allowance payment on a page, with its cursor. */
export type AllowancePaymentEdge = {
  __typename?: 'AllowancePaymentEdge';
  /** Pass as `after` to continue after this payment. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: AllowancePayment;
};

/** How often an allowance is paid. */
export type AllowancePeriodicity =
  /** Paid every month (aylıq). */
  | 'MONTHLY'
  /** Paid once (birdəfəlik). */
  | 'ONE_TIME';

/** Whether an allowance is still paid. */
export type AllowanceStatus =
  /** Being paid. */
  | 'ACTIVE'
  /** No longer paid, or a one-time allowance already paid. */
  | 'ENDED';

/** Narrows the audit log; every condition given must hold. */
export type AuditLogFilter = {
  /** Only requests by this caller (the exact `sub` of their token). */
  actor?: InputMaybe<Scalars['String']['input']>;
  /** Only requests at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only requests about this citizen. */
  subjectFin?: InputMaybe<Scalars['FIN']['input']>;
  /** Only requests before this instant. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/** How a recorded request ended for the data it asked for. */
export type AuditOutcome =
  /**
   * A write (e.g. opening a case) about to be made: recorded before any registry was called,
   * so that no write exists without a record. Its outcome follows in a second record.
   */
  | 'ATTEMPTED'
  /** The caller was not allowed to read it; nothing was sent (see `refused`). */
  | 'DENIED'
  /** The data was sent to the caller. */
  | 'DISCLOSED'
  /** The request failed (e.g. a registry did not answer); nothing or part was sent. */
  | 'FAILED'
  /** Part of it was sent; the rest was refused (see `refused`). */
  | 'PARTIAL'
  /** The write was made and its result returned. */
  | 'WRITTEN';

/** One recorded request, in full, as a link of the hash chain. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** Who asked. */
  actor: AuditRecordActor;
  /** When the gateway handled the request. */
  at: Scalars['DateTime']['output'];
  /** The caller's own x-request-id, when it sent a usable one, to match the caller's logs. */
  correlationId: Maybe<Scalars['String']['output']>;
  /** Fields disclosed, as Type.field, e.g. LabourPension.amount. */
  fields: Array<Scalars['String']['output']>;
  /** The record's layout: 1 for records written before refusals were kept, 2 since. */
  format: Scalars['Int']['output'];
  /** sha256 (hex) of this record's canonical form; see docs/audit-trail.md. */
  hash: Scalars['String']['output'];
  /** sha256 (hex) of the operation document. */
  operationHash: Scalars['String']['output'];
  /** Whether the data was disclosed, in part, or refused. */
  outcome: AuditOutcome;
  /** hash of the record before; 64 zeros for the first. */
  prevHash: Scalars['String']['output'];
  /** The stated purpose, LEGAL_BASIS:case-reference; null when none was needed. */
  purpose: Maybe<Scalars['String']['output']>;
  /** Fields asked for and refused, as Type.field; empty in records of format 1. */
  refused: Array<Scalars['String']['output']>;
  /** Registries the request reached, e.g. people, pensions. */
  registries: Array<Scalars['String']['output']>;
  /** The gateway's own request id, to match the record with its logs. */
  requestId: Scalars['String']['output'];
  /** Position in the chain: 1, 2, 3, … without gaps (a decimal string; it outgrows Int). */
  seq: Scalars['ID']['output'];
  /** Citizens whose data was disclosed or asked for. */
  subjects: Array<Scalars['FIN']['output']>;
};

/** Who made a recorded request, in full. */
export type AuditRecordActor = {
  __typename?: 'AuditRecordActor';
  /** Agency of an officer or partner. */
  agency: Maybe<Scalars['String']['output']>;
  /** DOST centre of an operator. */
  centre: Maybe<Scalars['String']['output']>;
  /** The role they acted in. */
  role: AccessRole;
  /** The pseudonym citizens see for this caller; null for citizens. */
  staffRef: Maybe<Scalars['String']['output']>;
  /** `sub` of the caller's token: the staff member, citizen or partner system. */
  sub: Scalars['String']['output'];
};

/** A page of the audit log, newest first. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The records on this page, newest first. */
  edges: Array<AuditRecordEdge>;
  /** Whether older records follow, and the cursor to ask for them. */
  pageInfo: AuditRecordPageInfo;
};

/** One record on a page, with its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Pass as `after` to continue after this record. */
  cursor: Scalars['String']['output'];
  /** The record. */
  node: AuditRecord;
};

/** Where a page of the audit log ends (Relay style). */
export type AuditRecordPageInfo = {
  __typename?: 'AuditRecordPageInfo';
  /** Cursor of the last edge; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when older records remain after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One monthly payment of the insurance benefit. */
export type BenefitPayment = {
  __typename?: 'BenefitPayment';
  /** Amount paid. */
  amount: Scalars['Money']['output'];
  /** Day the payment was made. */
  paidOn: Scalars['Date']['output'];
  /** First day of the month paid for. */
  period: Scalars['Date']['output'];
};

/** A page of benefit payments. */
export type BenefitPaymentConnection = {
  __typename?: 'BenefitPaymentConnection';
  /** The payments on this page, newest first. */
  edges: Array<BenefitPaymentEdge>;
  /** Whether more payments follow. */
  pageInfo: UnemploymentPageInfo;
};

/** A benefit payment and its cursor. */
export type BenefitPaymentEdge = {
  __typename?: 'BenefitPaymentEdge';
  /** Opaque cursor; pass it as `after` to continue after this payment. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: BenefitPayment;
};

/** A case (application) of a citizen for a service, assigned to a centre. */
export type Case = {
  __typename?: 'Case';
  /**
   * The centre the case is assigned to: the operator's own for a window case, the one the
   * citizen chose for an e-application.
   */
  centre: Centre;
  /** How the case was opened: at a window or electronically. */
  channel: CaseChannel;
  /** The citizen the case is about. */
  fin: Scalars['FIN']['output'];
  /** Every status the case has had, oldest first, starting with OPENED. */
  history: Array<CaseStatusChange>;
  /** When the case was opened: the instant of its OPENED step. */
  openedAt: Scalars['DateTime']['output'];
  /** e.g. `APP-2026-000123`: what staff cite in X-Dost-Purpose. */
  reference: Scalars['String']['output'];
  /** The service applied for. */
  service: Service;
  /** The case's status now: the last step of its history. */
  status: CaseStatus;
};

/** How a case was opened. */
export type CaseChannel =
  /** Opened by the citizen electronically (e-sosial). */
  | 'ELECTRONIC'
  /** Opened by an operator at a centre's window. */
  | 'WINDOW';

/** Where a case is: OPENED → DOCUMENTS_REQUESTED → SUBMITTED → DECIDED → CLOSED. */
export type CaseStatus =
  /** Finished: after a decision, or closed (withdrawn) before it was submitted. */
  | 'CLOSED'
  /** The case was decided. */
  | 'DECIDED'
  /** The citizen was asked for documents the file lacks; skipped when the file is complete. */
  | 'DOCUMENTS_REQUESTED'
  /** Opened at a window or as an e-application: every case's first status. */
  | 'OPENED'
  /** The file is complete and sent for a decision; from here it runs to a decision. */
  | 'SUBMITTED';

/** One step of a case's status history. */
export type CaseStatusChange = {
  __typename?: 'CaseStatusChange';
  /** When the step was made. */
  at: Scalars['DateTime']['output'];
  /** Role of who made the step (`operator`, `citizen`). */
  byRole: Scalars['String']['output'];
  /** The status the case moved to. */
  status: CaseStatus;
};

/** How many of a centre's cases are in one status. */
export type CaseStatusCount = {
  __typename?: 'CaseStatusCount';
  /** Cases in it. */
  count: Scalars['Int']['output'];
  /** The status. */
  status: CaseStatus;
};

/** A DOST centre: a regional centre, a branch or a Smart DOST point. */
export type Centre = {
  __typename?: 'Centre';
  /** Stable code, e.g. `baku-1`: the `centre` of an operator's token. */
  code: Scalars['String']['output'];
  /** Azerbaijani name. */
  name: Scalars['String']['output'];
  /** The city or region the centre is in, e.g. `Gəncə`. */
  region: Scalars['String']['output'];
};

/**
 * A centre's KPIs over a period, computed from its visits and cases: counts and averages,
 * never a visitor or a citizen.
 */
export type CentreStats = {
  __typename?: 'CentreStats';
  /**
   * Mean of `calledAt − issuedAt` over the period's visits that were called (served or not),
   * in whole seconds. Null when no visit was called.
   */
  averageQueueWaitSeconds: Maybe<Scalars['Int']['output']>;
  /**
   * Mean of `closedAt − servingAt` over the served visits, in whole seconds (DOST publishes it
   * as m:ss: 425 is 7:05). Null when no visit of the period was served.
   */
  averageServiceTimeSeconds: Maybe<Scalars['Int']['output']>;
  /**
   * The same cases by their service's direction: every direction of the catalogue in its
   * order, zero included.
   */
  casesByDirection: Array<DirectionCount>;
  /**
   * Cases assigned to the centre and opened in the period, by their status now: every status
   * in its order, zero included.
   */
  casesByStatus: Array<CaseStatusCount>;
  /** The centre the figures are for. */
  centre: Centre;
  /** The first day counted. */
  from: Scalars['Date']['output'];
  /** Of those, visits that were served (reached SERVING and were closed): the service-time sample. */
  servedVisits: Scalars['Int']['output'];
  /** The last day counted (included). */
  to: Scalars['Date']['output'];
  /** Tickets issued at the centre in the period, whatever became of them. */
  visits: Scalars['Int']['output'];
};

/** A person in the population registry, extended by every other registry. */
export type Citizen = {
  __typename?: 'Citizen';
  /**
   * Who accessed this citizen's data, newest first: when, which role at which centre or
   * agency, for what purpose, from which registries, which fields, and whether it was
   * disclosed. Only the citizen themself may read it. Staff appear by a pseudonymous
   * reference, never by name.
   */
  accessLog: AccessLogConnection;
  /** Current registered address. */
  address: Maybe<Address>;
  /** Day of birth. */
  birthDate: Scalars['Date']['output'];
  /** The citizen's cases at DOST, newest first. */
  cases: Array<Case>;
  /** ISO 3166-1 alpha-3 code, e.g. AZE. */
  citizenship: Scalars['String']['output'];
  /**
   * The consents the citizen gave to partner agencies, newest first. Only the citizen sees
   * them; for anyone else it is null with a FORBIDDEN error, and the rest of the entity stands.
   */
  consents: Maybe<Array<Consent>>;
  /** Set when the person has died. */
  deathDate: Maybe<Scalars['Date']['output']>;
  /**
   * The citizen's disability assessment as it stands, from the decision in force; null when the
   * medical-social expertise registry holds no decision in force for this citizen.
   */
  disability: Maybe<DisabilityRecord>;
  /**
   * Services the citizen probably qualifies for but does not receive, computed by DOST's
   * declarative eligibility rules from the population, pensions, unemployment and disability
   * registries; empty when no rule holds, and for the deceased. Readable by staff with a purpose and by the citizen
   * themself: whoever may read every fact the rules use. Null, with the registry's error, when
   * a registry the rules read did not answer (a missing fact never yields a hint).
   */
  eligibilityHints: Maybe<Array<EligibilityHint>>;
  /** Spouse, children and parents, linked by FIN. */
  family: Array<FamilyLink>;
  /** The citizen's FIN, the key shared by every registry. */
  fin: Scalars['FIN']['output'];
  /** Surname, given name and patronymic, as written on an identity card. */
  fullName: Scalars['String']['output'];
  /** Given name, as written on an identity card. */
  givenName: Scalars['String']['output'];
  /** e.g. Vüqar oğlu */
  patronymic: Maybe<Scalars['String']['output']>;
  /**
   * What the pensions registry holds on this citizen: the labour pension and the social
   * allowances. Null when the registry has neither for them.
   */
  pension: Maybe<PensionRecord>;
  /** Sex as recorded in the population registry. */
  sex: Sex;
  /** Family name, as written on an identity card. */
  surname: Scalars['String']['output'];
  /**
   * The citizen's registration with the employment service (the latest one); null when the
   * citizen has never registered as a jobseeker or unemployed.
   */
  unemployment: Maybe<UnemploymentRecord>;
};

/** A person in the population registry, extended by every other registry. */
export type CitizenAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A citizen's consent to a partner agency reading named scopes of their data. */
export type Consent = {
  __typename?: 'Consent';
  /** The partner agency's code, e.g. `kapital-bank`. */
  agency: Scalars['String']['output'];
  /** When the citizen gave it. */
  grantedAt: Scalars['DateTime']['output'];
  /** The consent's number: the access log names it on each read made under it. */
  id: Scalars['ID']['output'];
  /** Whether a partner may read under it today: not revoked and `until` not past. */
  live: Scalars['Boolean']['output'];
  /** When the citizen revoked it; null while it stands. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** The scopes the agency may read, e.g. `pension:status`. */
  scopes: Array<Scalars['String']['output']>;
  /** The last day the consent holds (Baku's calendar). */
  until: Scalars['Date']['output'];
};

/** A diagnosis behind a decision. Health data: a special category of personal data. */
export type Diagnosis = {
  __typename?: 'Diagnosis';
  /** The `DisabilityDecision.id` this diagnosis belongs to. */
  decisionId: Scalars['ID']['output'];
  /** The diagnosis as the commission wrote it. */
  description: Scalars['String']['output'];
  /** ICD-10 code, e.g. I63.9. */
  icd10: Scalars['String']['output'];
};

/** How many of a centre's cases are for services of one direction. */
export type DirectionCount = {
  __typename?: 'DirectionCount';
  /** Cases for its services. */
  count: Scalars['Int']['output'];
  /** The direction. */
  direction: ServiceDirection;
};

/**
 * How a decision expressed disability. The system changed on 1 July 2022; a citizen's file can hold
 * decisions of both, as re-examinations since then are decided in the new system.
 */
export type DisabilityAssessmentSystem =
  /**
   * Before 1 July 2022: a disability group (I, II or III) for adults and "child with limited health
   * capacity" for under-18s, with no percentage.
   */
  | 'GROUP'
  /** Since 1 July 2022: the percentage loss of body functions in 5 % steps, and the degree it gives. */
  | 'PERCENTAGE';

/** Why the loss of body functions arose, as the commission recorded it. */
export type DisabilityCause =
  /** An illness not caused by work. */
  | 'GENERAL_ILLNESS'
  /** A disease caused by the work done (occupational disease). */
  | 'OCCUPATIONAL_DISEASE'
  /** Any other cause the commission recorded. */
  | 'OTHER'
  /** Present since childhood (uşaqlıqdan əlil). */
  | 'SINCE_CHILDHOOD'
  /** Wounds, injuries or illness from military service or war. */
  | 'WAR_RELATED'
  /** An injury at work. */
  | 'WORK_INJURY';

/** One assessment decision of a medical-social expertise commission. */
export type DisabilityDecision = {
  __typename?: 'DisabilityDecision';
  /** The system the decision was taken in: groups before July 2022, percentages since. */
  assessmentSystem: DisabilityAssessmentSystem;
  /** What caused the disability, as the commission recorded it. */
  cause: DisabilityCause;
  /** The commission that decided, e.g. its number and city. */
  commission: Scalars['String']['output'];
  /** Day the commission decided. */
  decidedOn: Scalars['Date']['output'];
  /**
   * The degree the commission established. Under the group system (`assessmentSystem` GROUP), the
   * degree of the same number as the group.
   */
  degree: DisabilityDegree;
  /** The group the decision set; null for a decision in the percentage system. */
  group: Maybe<DisabilityGroup>;
  /** The decision's number in the registry; diagnoses name it as `decisionId`. */
  id: Scalars['ID']['output'];
  /**
   * True when the commission decided without re-examination (müddətsiz), as the registry marks it;
   * a missing re-examination date alone is not indefinite.
   */
  indefinite: Scalars['Boolean']['output'];
  /** Loss of body functions in per cent, in 5 % steps; null for a decision in the group system. */
  lossPercent: Maybe<Scalars['Int']['output']>;
  /**
   * Loss of body functions in per cent, in 5 % steps. 0 for a decision under the group system,
   * which set no percentage (not an assessment of 0 %); read `lossPercent` to tell them apart.
   */
  percent: Scalars['Int']['output'];
  /**
   * Day of re-examination; null when the decision is indefinite (`indefinite` true) and also when
   * none is due or none was recorded (`indefinite` false).
   */
  reexaminationOn: Maybe<Scalars['Date']['output']>;
  /** Members of the commission who signed the decision, in signing order. */
  signatories: Array<Scalars['String']['output']>;
  /** In force, or replaced by a later decision. */
  status: DisabilityDecisionStatus;
  /** Day the decision takes effect. */
  validFrom: Scalars['Date']['output'];
};

/** A page of assessment decisions, newest first. */
export type DisabilityDecisionConnection = {
  __typename?: 'DisabilityDecisionConnection';
  /** The decisions of this page, each with its cursor. */
  edges: Array<DisabilityDecisionEdge>;
  /** Where this page ends, and whether more follow. */
  pageInfo: DisabilityPageInfo;
};

/** One decision and its cursor. */
export type DisabilityDecisionEdge = {
  __typename?: 'DisabilityDecisionEdge';
  /** Pass as `after` to continue after this decision. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: DisabilityDecision;
};

/** Whether a decision is the one in force or was replaced by a later one. */
export type DisabilityDecisionStatus =
  /** The decision in force; a citizen has at most one. */
  | 'CURRENT'
  /** Replaced by a later decision (re-examination, appeal). */
  | 'SUPERSEDED';

/**
 * Disability as expressed since July 2022: the percentage loss of body functions, in 5 % steps,
 * and the degree it gives.
 */
export type DisabilityDegree =
  /** Under 18: a child with limited health capacity (sağlamlıq imkanları məhdud uşaq). */
  | 'CHILD_LIMITED_HEALTH_CAPACITY'
  /** Degree I: 81–100 % loss of body functions. */
  | 'I'
  /** Degree II: 61–80 % loss of body functions. */
  | 'II'
  /** Degree III: 31–60 % loss of body functions. */
  | 'III'
  /** Assessed with 30 % or less: no disability. */
  | 'NONE';

/** The disability group a decision set under the group system (before July 2022). */
export type DisabilityGroup =
  /** Under 18: a child with limited health capacity (sağlamlıq imkanları məhdud uşaq). */
  | 'CHILD_LIMITED_HEALTH_CAPACITY'
  /** Group I, the most severe. */
  | 'I'
  /** Group II. */
  | 'II'
  /** Group III, the least severe. */
  | 'III'
  /** Assessed and not recognised as disabled. */
  | 'NONE';

/** Where a page of a disability history ends. */
export type DisabilityPageInfo = {
  __typename?: 'DisabilityPageInfo';
  /** Cursor of the last item on this page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/**
 * A citizen's disability in the medical-social expertise registry. The summary fields come from
 * the decision in force; `decisions`, `referrals` and `diagnoses` are the full file.
 */
export type DisabilityRecord = {
  __typename?: 'DisabilityRecord';
  /** The system the decision in force was taken in: groups before July 2022, percentages since. */
  assessmentSystem: DisabilityAssessmentSystem;
  /** Cause of the disability. Health-adjacent: readable by agency officers and the citizen, not by operators or partners. */
  cause: DisabilityCause;
  /** Every assessment decision, newest first. */
  decisions: DisabilityDecisionConnection;
  /**
   * Degree of the decision in force. For a decision under the group system (`assessmentSystem`
   * GROUP), the degree of the same number as its group (group I as degree I, and so on).
   */
  degree: DisabilityDegree;
  /**
   * Diagnoses (ICD-10) behind the decisions. HEALTH DATA, a special category of personal data:
   * only the disability officer, with a stated purpose, and the citizen themself may read it.
   */
  diagnoses: Array<Diagnosis>;
  /** The group the decision in force set; null when it was taken in the percentage system. */
  group: Maybe<DisabilityGroup>;
  /**
   * True when the commission set the decision in force without re-examination (müddətsiz), as
   * the registry marks it; a missing re-examination date alone is not indefinite.
   */
  indefinite: Scalars['Boolean']['output'];
  /** Loss of body functions in per cent of the decision in force; null when it was taken in the group system. */
  lossPercent: Maybe<Scalars['Int']['output']>;
  /**
   * Loss of body functions in per cent (0–100, in 5 % steps) of the decision in force. A decision
   * under the group system set no percentage: then this is 0, which is not an assessment of 0 %.
   * Kept non-null for existing clients; read `lossPercent` to tell the two apart.
   */
  percent: Scalars['Int']['output'];
  /**
   * Day of the next re-examination; null when the decision in force is indefinite (`indefinite`
   * true) and also when none is due or none was recorded (`indefinite` false).
   */
  reexaminationOn: Maybe<Scalars['Date']['output']>;
  /** Referrals to medical-social expertise sent by clinics, newest first. */
  referrals: DisabilityReferralConnection;
  /** Day the decision in force took effect. */
  validFrom: Scalars['Date']['output'];
};

/**
 * A citizen's disability in the medical-social expertise registry. The summary fields come from
 * the decision in force; `decisions`, `referrals` and `diagnoses` are the full file.
 */
export type DisabilityRecordDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A citizen's disability in the medical-social expertise registry. The summary fields come from
 * the decision in force; `decisions`, `referrals` and `diagnoses` are the full file.
 */
export type DisabilityRecordReferralsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A referral of the citizen to medical-social expertise. */
export type DisabilityReferral = {
  __typename?: 'DisabilityReferral';
  /** The referring clinic. */
  clinic: Scalars['String']['output'];
  /** The referral's number in the registry. */
  id: Scalars['ID']['output'];
  /** Day the clinic sent the referral. */
  referredOn: Scalars['Date']['output'];
};

/** A page of referrals, newest first. */
export type DisabilityReferralConnection = {
  __typename?: 'DisabilityReferralConnection';
  /** The referrals of this page, each with its cursor. */
  edges: Array<DisabilityReferralEdge>;
  /** Where this page ends, and whether more follow. */
  pageInfo: DisabilityPageInfo;
};

/** One referral and its cursor. */
export type DisabilityReferralEdge = {
  __typename?: 'DisabilityReferralEdge';
  /** Pass as `after` to continue after this referral. */
  cursor: Scalars['String']['output'];
  /** The referral. */
  node: DisabilityReferral;
};

/** A service the citizen probably qualifies for, and why: the rule that fired and the facts it read. */
export type EligibilityHint = {
  __typename?: 'EligibilityHint';
  /** What the rule looks for, in English. */
  description: Scalars['String']['output'];
  /** Every fact the rule's conditions read, with the value it had, in the rule's order. */
  facts: Array<HintFact>;
  /** The rule's stable id, e.g. `DISABILITY_NO_ALLOWANCE` (docs/eligibility-hints.md lists them). */
  rule: Scalars['String']['output'];
  /** The catalogue's service the citizen could apply for. */
  service: Service;
};

/** A family member of the citizen, linked by FIN in the population registry. */
export type FamilyLink = {
  __typename?: 'FamilyLink';
  /** The linked person. */
  citizen: Citizen;
  /** What the linked person is to this citizen. */
  relation: FamilyRelation;
};

/** What a linked person is to the citizen. */
export type FamilyRelation =
  /** A son or daughter. */
  | 'CHILD'
  /** A mother or father. */
  | 'PARENT'
  /** Husband or wife, by a registered marriage. */
  | 'SPOUSE';

/** What grantConsent needs: which agency may read which scopes, until when. */
export type GrantConsentInput = {
  /** The partner agency's code, e.g. `kapital-bank` (docs/purposes.md lists them). */
  agency: Scalars['String']['input'];
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first consent and writes
   * nothing; reusing it with other input is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
  /** The scopes it may read, e.g. `pension:status`: at least one, each named in its agreement. */
  scopes: Array<Scalars['String']['input']>;
  /** The last day the consent holds (Baku's calendar): from today to a year ahead. */
  until: Scalars['Date']['input'];
};

/** One fact a rule read: its name and its value as a string. */
export type HintFact = {
  __typename?: 'HintFact';
  /** The fact's name, e.g. `age` or `activeAllowances` (docs/eligibility-hints.md lists them). */
  name: Scalars['String']['output'];
  /** Its value: a number, a code (`NONE` when the registry holds no record), or codes joined by `,`. */
  value: Scalars['String']['output'];
};

/** An unemployment insurance benefit decision (the unemployment subgraph's type). */
export type InsuranceBenefit = {
  __typename?: 'InsuranceBenefit';
  /** The lost average monthly wage the benefit is computed from. */
  averageWage: Scalars['Money']['output'];
  /** Day the decision was taken. */
  decidedOn: Scalars['Date']['output'];
  /** Decision number in the unemployment registry. */
  decisionId: Scalars['ID']['output'];
  /** Dependent children counted for the +5 % supplements. */
  dependentChildren: Scalars['Int']['output'];
  /** Last day the benefit is paid for. */
  endsOn: Scalars['Date']['output'];
  /** Insured months among the 24 months before the claim. */
  insuredMonthsLast24: Scalars['Int']['output'];
  /** Monthly benefit after the floor and the ceiling. */
  monthlyAmount: Scalars['Money']['output'];
  /** Monthly payments of the benefit, newest first. */
  payments: BenefitPaymentConnection;
  /**
   * Share of the average wage paid, as a percent with two decimals, e.g. "55.00" for 50 % plus
   * one child; applied before the floor (minimum wage) and the ceiling.
   */
  rate: Scalars['String']['output'];
  /** First day the benefit is paid for. */
  startsOn: Scalars['Date']['output'];
  /** Whether the benefit is being paid. */
  status: InsuranceBenefitStatus;
};

/** An unemployment insurance benefit decision (the unemployment subgraph's type). */
export type InsuranceBenefitPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a benefit is being paid. */
export type InsuranceBenefitStatus =
  /** The paid period ran out or the citizen found work. */
  | 'ENDED'
  /** Paid monthly. */
  | 'PAYING'
  /** Payment stopped for now, e.g. while the registration is suspended. */
  | 'SUSPENDED';

/** What issueTicket needs: the ticket is issued at the operator's own centre. */
export type IssueTicketInput = {
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first ticket and writes
   * nothing (safe to retry after a lost answer); reusing it with other input is
   * IDEMPOTENCY_KEY_REUSED. A malformed key is BAD_USER_INPUT.
   */
  idempotencyKey: Scalars['String']['input'];
  /**
   * The service the visitor came for, a code of the catalogue (`PEN-01`); its direction
   * prefixes the ticket. Null when they did not say (ticket `Q-…`); an unknown code is
   * BAD_USER_INPUT.
   */
  serviceCode?: InputMaybe<Scalars['String']['input']>;
};

/** A suitable job offer made by the employment centre. */
export type JobOffer = {
  __typename?: 'JobOffer';
  /** Offering employer's 10-digit tax number (VÖEN). */
  employerTin: Scalars['String']['output'];
  /** Monthly wage offered. */
  monthlyWage: Scalars['Money']['output'];
  /** Day the offer was made. */
  offeredOn: Scalars['Date']['output'];
  /** Position offered. */
  position: Scalars['String']['output'];
  /** Whether a refusal had a justified reason; null unless the offer was refused. */
  refusalJustified: Maybe<Scalars['Boolean']['output']>;
  /** What the citizen answered. */
  response: JobOfferResponse;
};

/** A page of job offers. */
export type JobOfferConnection = {
  __typename?: 'JobOfferConnection';
  /** The offers on this page, newest first. */
  edges: Array<JobOfferEdge>;
  /** Whether more offers follow. */
  pageInfo: UnemploymentPageInfo;
};

/** A job offer and its cursor. */
export type JobOfferEdge = {
  __typename?: 'JobOfferEdge';
  /** Opaque cursor; pass it as `after` to continue after this offer. */
  cursor: Scalars['String']['output'];
  /** The job offer. */
  node: JobOffer;
};

/** The citizen's answer to a job offer. */
export type JobOfferResponse =
  /** The citizen took the job. */
  | 'ACCEPTED'
  /** Not answered yet. */
  | 'PENDING'
  /** The citizen turned the job down; see refusalJustified. */
  | 'REFUSED';

/** A labour contract of the citizen, as the e-contract records hold it. */
export type LabourContract = {
  __typename?: 'LabourContract';
  /** Employer's registered name. */
  employerName: Scalars['String']['output'];
  /** Employer's 10-digit tax number (VÖEN). */
  employerTin: Scalars['String']['output'];
  /**
   * Last day of the contract: a fixed-term contract's agreed end, known from its first day;
   * null while an open-ended contract runs.
   */
  endedOn: Maybe<Scalars['Date']['output']>;
  /** Monthly wage under the contract. */
  monthlyWage: Scalars['Money']['output'];
  /** Position held under the contract. */
  position: Scalars['String']['output'];
  /** Whether this is the fixed-term contract of an "İşsizin dostu" public-works placement. */
  publicWorks: Scalars['Boolean']['output'];
  /** First day of the contract. */
  startedOn: Scalars['Date']['output'];
  /** Labour Code article under which the contract was terminated, e.g. "68.1.a"; null while it runs. */
  terminationArticle: Maybe<Scalars['String']['output']>;
};

/** A page of labour contracts. */
export type LabourContractConnection = {
  __typename?: 'LabourContractConnection';
  /** The contracts on this page, newest first. */
  edges: Array<LabourContractEdge>;
  /** Whether more contracts follow. */
  pageInfo: UnemploymentPageInfo;
};

/** A labour contract and its cursor. */
export type LabourContractEdge = {
  __typename?: 'LabourContractEdge';
  /** Opaque cursor; pass it as `after` to continue after this contract. */
  cursor: Scalars['String']['output'];
  /** The labour contract. */
  node: LabourContract;
};

/** A labour pension case. Amounts are monthly and current (after the latest change). */
export type LabourPension = {
  __typename?: 'LabourPension';
  /** Monthly amount paid: insurancePart + minimumTopUp. */
  amount: Scalars['Money']['output'];
  /**
   * Day the application was filed. Null when the pension was assigned proactively (see
   * assignedProactively), or on an older case whose application was not recorded. When it is
   * later than assignedOn, the months in between were paid as arrears (at most 3 years back).
   */
  appliedOn: Maybe<Scalars['Date']['output']>;
  /** Day from which the pension was assigned. */
  assignedOn: Scalars['Date']['output'];
  /**
   * True when the pension was assigned proactively, by the automated pension system without
   * an application (old-age pensions since 2019); null when the registry did not record how.
   */
  assignedProactively: Maybe<Scalars['Boolean']['output']>;
  /** Pension capital accumulated from contributions. */
  capital: Scalars['Money']['output'];
  /** Assignment, indexations and recalculations, newest first. */
  changes: PensionChangeConnection;
  /**
   * Day the decision to assign the pension was taken; the law asks for it within 10 days of
   * the application. Null on an older case whose decision day was not recorded.
   */
  decidedOn: Maybe<Scalars['Date']['output']>;
  /** The pension case number in the registry. */
  id: Scalars['ID']['output'];
  /** Insurance (contribution) months the pension was calculated on. */
  insuranceMonths: Scalars['Int']['output'];
  /** Monthly insurance part: the capital divided by the expected payment months. */
  insurancePart: Scalars['Money']['output'];
  /** Monthly top-up up to the minimum pension; 0.00 when the insurance part is above it. */
  minimumTopUp: Scalars['Money']['output'];
  /** The DOST office that keeps the pension case, e.g. "DOST Şəki regional şöbəsi". */
  office: Scalars['String']['output'];
  /** Monthly payments, newest first. */
  payments: PensionPaymentConnection;
  /**
   * For DISABILITY and SURVIVOR pensions: the required insurance months the coefficient K
   * refers to (K = requiredInsuranceMonths / 200; insurancePart = capital / (144 × K)).
   * Null for OLD_AGE, whose insurancePart = capital / 144.
   */
  requiredInsuranceMonths: Maybe<Scalars['Int']['output']>;
  /** Whether the pension is being paid. */
  status: LabourPensionStatus;
  /** Day the pension ended; set only when status is TERMINATED. */
  terminatedOn: Maybe<Scalars['Date']['output']>;
  /** Old-age, disability or survivor pension. */
  type: LabourPensionType;
  /** Changes of the pension's type (e.g. disability to old-age at pension age), newest first. */
  typeChanges: PensionTypeChangeConnection;
};

/** A labour pension case. Amounts are monthly and current (after the latest change). */
export type LabourPensionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A labour pension case. Amounts are monthly and current (after the latest change). */
export type LabourPensionPaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A labour pension case. Amounts are monthly and current (after the latest change). */
export type LabourPensionTypeChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Whether a labour pension is being paid. */
export type LabourPensionStatus =
  /** Assigned and paid monthly. */
  | 'ACTIVE'
  /** Payments stopped for now; the case stays open. */
  | 'SUSPENDED'
  /** Ended for good (see terminatedOn). */
  | 'TERMINATED';

/** Kind of labour pension. */
export type LabourPensionType =
  /** Disability pension (əlilliyə görə). */
  | 'DISABILITY'
  /** Old-age pension (yaşa görə). */
  | 'OLD_AGE'
  /** Survivor pension, for loss of the breadwinner (ailə başçısını itirməyə görə). */
  | 'SURVIVOR';

/** How a self-employment business was found on a monitoring visit. */
export type MonitoringOutcome =
  /** Working with the assets as the business plan says. */
  | 'OPERATING'
  /** Working, but with difficulties the centre follows up. */
  | 'STRUGGLING';

/** A visit of the employment centre to a self-employment programme's business. */
export type MonitoringVisit = {
  __typename?: 'MonitoringVisit';
  /** How the business was found. */
  outcome: MonitoringOutcome;
  /** Day of the visit. */
  visitedOn: Scalars['Date']['output'];
};

/** A page of monitoring visits. */
export type MonitoringVisitConnection = {
  __typename?: 'MonitoringVisitConnection';
  /** The visits on this page, newest first. */
  edges: Array<MonitoringVisitEdge>;
  /** Whether more visits follow. */
  pageInfo: UnemploymentPageInfo;
};

/** A monitoring visit and its cursor. */
export type MonitoringVisitEdge = {
  __typename?: 'MonitoringVisitEdge';
  /** Opaque cursor; pass it as `after` to continue after this visit. */
  cursor: Scalars['String']['output'];
  /** The visit. */
  node: MonitoringVisit;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Moves a case on: OPENED → DOCUMENTS_REQUESTED → SUBMITTED → DECIDED → CLOSED (documents may
   * be skipped; an open case may be closed). Operators of the case's centre may make any of
   * these; a citizen may only close (withdraw) their own e-application before it is submitted.
   */
  advanceCase: Case;
  /**
   * Moves a visit of the operator's centre one step on: ISSUED → CALLED → SERVING → CLOSED (a
   * called ticket nobody answers may be closed).
   */
  advanceVisit: Visit;
  /**
   * The signed-in citizen consents to a partner agency reading the named scopes of their data
   * until a day. For citizens, for themselves only. An unknown agency, a scope the agency's
   * agreement does not name, no scope, or an `until` in the past or more than a year ahead is
   * BAD_USER_INPUT.
   */
  grantConsent: Consent;
  /** Issues a queue ticket at the operator's own centre. */
  issueTicket: Visit;
  /**
   * Opens a case for a citizen and a service: at the window by an operator (assigned to the
   * operator's centre), or electronically by the citizen for themself (assigned to `centre`).
   */
  openCase: Case;
  /**
   * The signed-in citizen revokes one of their consents: no partner read is made under it from
   * then on. Another citizen's consent is FORBIDDEN; an unknown id is BAD_USER_INPUT; one
   * already revoked is returned as it is.
   */
  revokeConsent: Consent;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationAdvanceCaseArgs = {
  input: AdvanceCaseInput;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationAdvanceVisitArgs = {
  input: AdvanceVisitInput;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationGrantConsentArgs = {
  input: GrantConsentInput;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationIssueTicketArgs = {
  input: IssueTicketInput;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationOpenCaseArgs = {
  input: OpenCaseInput;
};

/**
 * The graph's writes: DOST's service desk. Every mutation takes an `idempotencyKey` (8–64 of
 * `A–Z a–z 0–9 . _ -`, chosen by the caller, one per intended write): repeating it with the same
 * input returns the first result and writes nothing; reusing it with other input is
 * IDEMPOTENCY_KEY_REUSED. Operators act for their own centre; citizens only on their own
 * e-applications. A status change the case or visit cannot make is INVALID_TRANSITION.
 */
export type MutationRevokeConsentArgs = {
  input: RevokeConsentInput;
};

/** What openCase needs: whose case, for which service, and where. */
export type OpenCaseInput = {
  /**
   * The centre code (`baku-1`) an e-application is assigned to: required for a citizen. An
   * operator may leave it null or give their own centre; their cases go to their own centre.
   */
  centre?: InputMaybe<Scalars['String']['input']>;
  /** The citizen the case is for; a citizen may give only their own FIN. */
  fin: Scalars['FIN']['input'];
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first case and writes
   * nothing (safe to retry after a lost answer); reusing it with other input is
   * IDEMPOTENCY_KEY_REUSED. A malformed key is BAD_USER_INPUT.
   */
  idempotencyKey: Scalars['String']['input'];
  /**
   * The service applied for, a code of the catalogue (`PEN-01`); an unknown code is
   * BAD_USER_INPUT, as is an e-application for a service whose `electronic` is false.
   */
  serviceCode: Scalars['String']['input'];
  /**
   * The visit at which an operator opens the case, a visit of the operator's centre; null when
   * there was none. Citizens' e-applications leave it null.
   */
  visitId?: InputMaybe<Scalars['ID']['input']>;
};

/** One change of a labour pension's monthly amount. */
export type PensionChange = {
  __typename?: 'PensionChange';
  /** Monthly amount from effectiveOn. */
  amountAfter: Scalars['Money']['output'];
  /** Monthly amount before the change; 0.00 for an ASSIGNMENT. */
  amountBefore: Scalars['Money']['output'];
  /** Day the new amount applies from. */
  effectiveOn: Scalars['Date']['output'];
  /** The change's number in the registry. */
  id: Scalars['ID']['output'];
  /** Assignment, indexation or recalculation. */
  kind: PensionChangeKind;
  /**
   * Indexation rate in basis points of a percent, exact: 930 means 9.3 %. Null for kinds other
   * than INDEXATION.
   */
  rateBasisPoints: Maybe<Scalars['Int']['output']>;
};

/** A page of a labour pension's changes, newest first. */
export type PensionChangeConnection = {
  __typename?: 'PensionChangeConnection';
  /** The changes on this page, newest first. */
  edges: Array<PensionChangeEdge>;
  /** Whether more changes follow, and the cursor to ask for them. */
  pageInfo: PensionPageInfo;
};

/** One change on a page, with its cursor. */
export type PensionChangeEdge = {
  __typename?: 'PensionChangeEdge';
  /** Pass as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The change. */
  node: PensionChange;
};

/** Why a labour pension's amount changed. */
export type PensionChangeKind =
  /** The first assignment of the pension. */
  | 'ASSIGNMENT'
  /** The yearly indexation by a published rate. */
  | 'INDEXATION'
  /** A recalculation, e.g. after new contributions or a change of type. */
  | 'RECALCULATION';

/**
 * Where a page of a pensions history ends (Relay style). Named per registry because a value
 * type shared by several subgraphs would have to be @shareable in all of them.
 */
export type PensionPageInfo = {
  __typename?: 'PensionPageInfo';
  /** Cursor of the last edge; null for an empty page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when rows remain after this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** One monthly payment of a labour pension. */
export type PensionPayment = {
  __typename?: 'PensionPayment';
  /** Amount paid for the period. */
  amount: Scalars['Money']['output'];
  /** The payment's number in the registry. */
  id: Scalars['ID']['output'];
  /** Day the payment was made. */
  paidOn: Scalars['Date']['output'];
  /** The month paid for, as its first day. */
  period: Scalars['Date']['output'];
};

/** A page of a labour pension's payments, newest first. */
export type PensionPaymentConnection = {
  __typename?: 'PensionPaymentConnection';
  /** The payments on this page, newest first. */
  edges: Array<PensionPaymentEdge>;
  /** Whether more payments follow, and the cursor to ask for them. */
  pageInfo: PensionPageInfo;
};

/** One payment on a page, with its cursor. */
export type PensionPaymentEdge = {
  __typename?: 'PensionPaymentEdge';
  /** Pass as `after` to continue after this payment. */
  cursor: Scalars['String']['output'];
  /** The payment. */
  node: PensionPayment;
};

/** The citizen's file in the pensions registry: at most one labour pension, any number of allowances. */
export type PensionRecord = {
  __typename?: 'PensionRecord';
  /** Social allowances under the Law on Social Benefits, newest first; empty when none. */
  allowances: Array<SocialAllowance>;
  /** The labour pension (old-age, disability or survivor); null when none was ever assigned. */
  labourPension: Maybe<LabourPension>;
};

/**
 * A change of a labour pension case from one type to another. Only old-age cannot become
 * disability.
 */
export type PensionTypeChange = {
  __typename?: 'PensionTypeChange';
  /** Day the new type applies from. */
  changedOn: Scalars['Date']['output'];
  /** The type the case had before. */
  fromType: LabourPensionType;
  /** The change's number in the registry. */
  id: Scalars['ID']['output'];
  /** Why the type changed. */
  reason: PensionTypeChangeReason;
  /** The type the case has from changedOn. */
  toType: LabourPensionType;
};

/** A page of a labour pension's type changes, newest first. */
export type PensionTypeChangeConnection = {
  __typename?: 'PensionTypeChangeConnection';
  /** The type changes on this page, newest first. */
  edges: Array<PensionTypeChangeEdge>;
  /** Whether more type changes follow, and the cursor to ask for them. */
  pageInfo: PensionPageInfo;
};

/** One type change on a page, with its cursor. */
export type PensionTypeChangeEdge = {
  __typename?: 'PensionTypeChangeEdge';
  /** Pass as `after` to continue after this type change. */
  cursor: Scalars['String']['output'];
  /** The type change. */
  node: PensionTypeChange;
};

/** Why a labour pension changed type. */
export type PensionTypeChangeReason =
  /** The holder was entitled to another type that pays more, and chose it. */
  | 'MORE_FAVOURABLE'
  /** The holder reached the old-age pension age (e.g. a disability pension became old-age). */
  | 'PENSION_AGE';

/** Kinds of active employment programme. */
export type ProgrammeKind =
  /** Paid public works on a fixed-term contract ("İşsizin dostu"). */
  | 'PUBLIC_WORKS'
  /** Self-employment: a month of training, then in-kind assets under a 2-year monitored contract. */
  | 'SELF_EMPLOYMENT'
  /** Vocational training or retraining. */
  | 'TRAINING';

/** A place in an employment programme (the unemployment subgraph's type). */
export type ProgrammeParticipation = {
  __typename?: 'ProgrammeParticipation';
  /**
   * The fixed-term labour contract of a public-works placement ("İşsizin dostu"): its first
   * and last day are the placement's. Null for other programmes.
   */
  contract: Maybe<LabourContract>;
  /** The public-works employer, the self-employment asset, or the training course. */
  detail: Scalars['String']['output'];
  /** Planned or actual end; null when open-ended. */
  endsOn: Maybe<Scalars['Date']['output']>;
  /** Which kind of programme. */
  kind: ProgrammeKind;
  /**
   * Visits of a self-employment programme's 2-year monitored contract (the assets are handed
   * over after the month of training), newest first; empty for other programmes.
   */
  monitoringVisits: MonitoringVisitConnection;
  /** Programme name, e.g. "İşsizin dostu" for public works. */
  name: Scalars['String']['output'];
  /** First day of participation. */
  startedOn: Scalars['Date']['output'];
  /** Where the participation stands. */
  status: ProgrammeStatus;
};

/** A place in an employment programme (the unemployment subgraph's type). */
export type ProgrammeParticipationMonitoringVisitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a participation stands. */
export type ProgrammeStatus =
  /** Under way. */
  | 'ACTIVE'
  /** Finished as planned. */
  | 'COMPLETED'
  /** Left before the end. */
  | 'DROPPED';

/** The one-window graph's entry points: each registry adds its own. */
export type Query = {
  __typename?: 'Query';
  /**
   * The whole access log, newest first, for auditors and the data-protection officer: every
   * request the gateway recorded, with who asked, for what purpose, about whom, and the links
   * of the hash chain that make tampering evident.
   */
  auditLog: AuditRecordConnection;
  /**
   * A case by its reference (`APP-2026-000123`): for staff with a purpose, operators only at the
   * case's centre, and for the citizen it is about. Null when no case has that reference.
   */
  case: Maybe<Case>;
  /**
   * A centre's KPIs over a period: its visits, average service time and queue wait, and its
   * cases by status and by direction. Aggregates only, no personal data, so no purpose is
   * needed. For a centre manager of that centre (the `centre` of their token) and for
   * auditors (any centre); anyone else is FORBIDDEN. A centre code the registry does not
   * have, or a period that ends before it starts or spans more than 366 days, is
   * BAD_USER_INPUT.
   */
  centreStats: CentreStats;
  /** DOST's centres (regional centres, branches, Smart DOST points); public to every caller. */
  centres: Array<Centre>;
  /** The citizen with this FIN; null when the population registry has no such person. */
  citizen: Maybe<Citizen>;
  /** Up to 100 citizens, in the order asked; null for each unknown FIN. */
  citizens: Array<Maybe<Citizen>>;
  /** The calling citizen; only for callers with role citizen. */
  me: Maybe<Citizen>;
  /**
   * The consents a citizen gave to the calling partner's agency (the agency of its token),
   * newest first, revoked and lapsed ones included: for partners with a purpose. The gateway
   * reads it, as the partner, to check a partner's read of that citizen.
   */
  partnerConsents: Array<Consent>;
  /** One service by its code (`PEN-01`); null when the catalogue has no such code. */
  service: Maybe<Service>;
  /** The directions of DOST's service catalogue with their services: public to every caller. */
  serviceDirections: Array<ServiceDirection>;
  /** Every service of the catalogue, or those of one direction; public to every caller. */
  services: Array<Service>;
  /** A visit by its id: for operators of the visit's centre. Null when there is none. */
  visit: Maybe<Visit>;
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryCaseArgs = {
  reference: Scalars['String']['input'];
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryCentreStatsArgs = {
  centre: Scalars['String']['input'];
  period: StatsPeriod;
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryCitizenArgs = {
  fin: Scalars['FIN']['input'];
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryCitizensArgs = {
  fins: Array<Scalars['FIN']['input']>;
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryPartnerConsentsArgs = {
  fin: Scalars['FIN']['input'];
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryServiceArgs = {
  code: Scalars['String']['input'];
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryServicesArgs = {
  direction?: InputMaybe<Scalars['String']['input']>;
};

/** The one-window graph's entry points: each registry adds its own. */
export type QueryVisitArgs = {
  id: Scalars['ID']['input'];
};

/** What revokeConsent needs: the consent to revoke. */
export type RevokeConsentInput = {
  /** The consent's id (Consent.id), one of the citizen's own. */
  id: Scalars['ID']['input'];
  /**
   * The caller's key for this one write: 8–64 of `A–Z a–z 0–9 . _ -`, fresh per intended write
   * and kept per caller. A repeat with the same input returns the first result and writes
   * nothing; reusing it with other input is IDEMPOTENCY_KEY_REUSED.
   */
  idempotencyKey: Scalars['String']['input'];
};

/** A service DOST serves from one window. */
export type Service = {
  __typename?: 'Service';
  /** Stable code, e.g. `PEN-01`. */
  code: Scalars['String']['output'];
  /** The direction the service belongs to. */
  direction: ServiceDirection;
  /** Whether a citizen may also apply electronically (e-sosial). */
  electronic: Scalars['Boolean']['output'];
  /** Azerbaijani name. */
  name: Scalars['String']['output'];
  /** English gloss. */
  nameEn: Scalars['String']['output'];
  /** The registries (subgraph names) the service needs to read, e.g. `people`, `pensions`. */
  registries: Array<Scalars['String']['output']>;
};

/** A direction of DOST's services (references, pensions, employment, …). */
export type ServiceDirection = {
  __typename?: 'ServiceDirection';
  /** Stable code of three capital letters, e.g. `PEN`: the prefix of its services' codes and tickets. */
  code: Scalars['String']['output'];
  /** Azerbaijani name. */
  name: Scalars['String']['output'];
  /** English gloss. */
  nameEn: Scalars['String']['output'];
  /** The direction's services, in catalogue order. */
  services: Array<Service>;
};

/** Sex as recorded in the population registry (kişi / qadın). */
export type Sex =
  /** Female (qadın). */
  | 'FEMALE'
  /** Male (kişi). */
  | 'MALE';

/** A social allowance (sosial müavinət) granted to the citizen. */
export type SocialAllowance = {
  __typename?: 'SocialAllowance';
  /** Monthly amount, or the single payment of a ONE_TIME allowance. */
  amount: Scalars['Money']['output'];
  /** Last day of a monthly allowance when it is fixed or past; null while open-ended. */
  endsOn: Maybe<Scalars['Date']['output']>;
  /** Day the allowance was granted. */
  grantedOn: Scalars['Date']['output'];
  /** The allowance's number in the registry. */
  id: Scalars['ID']['output'];
  /**
   * Payments in the registry's history window (the last 24 months), newest first; a ONE_TIME
   * allowance has at most one.
   */
  payments: AllowancePaymentConnection;
  /** Paid every month, or once. */
  periodicity: AllowancePeriodicity;
  /** Whether the allowance is still paid. */
  status: AllowanceStatus;
  /** What the allowance is granted for. */
  type: SocialAllowanceType;
};

/** A social allowance (sosial müavinət) granted to the citizen. */
export type SocialAllowancePaymentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kind of social allowance under the Law on Social Benefits. */
export type SocialAllowanceType =
  /** One-time allowance at the birth of a child. */
  | 'CHILD_BIRTH'
  /** Allowance for a child with limited health capacity. */
  | 'CHILD_WITH_DISABILITY'
  /** Disability allowance, by degree. */
  | 'DISABILITY'
  /** One-time allowance for a funeral. */
  | 'FUNERAL'
  /** Allowance for loss of the breadwinner. */
  | 'LOSS_OF_BREADWINNER'
  /** Old-age allowance, for those without a labour pension. */
  | 'OLD_AGE';

/**
 * A span of whole UTC days, both ends included: `{from: "2023-01-01", to: "2023-12-31"}` is
 * the year 2023, `{from: d, to: d}` the one day d. At most 366 days.
 */
export type StatsPeriod = {
  /** The first day counted. */
  from: Scalars['Date']['input'];
  /** The last day counted (included); not before `from`. */
  to: Scalars['Date']['input'];
};

/**
 * Relay page information: whether more edges follow, and the cursor to continue after. Named
 * for this subgraph because a type shared by several subgraphs would have to be @shareable in
 * all of them.
 */
export type UnemploymentPageInfo = {
  __typename?: 'UnemploymentPageInfo';
  /** Cursor of the last edge on this page; null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A registration with the employment service (the unemployment subgraph's type). */
export type UnemploymentRecord = {
  __typename?: 'UnemploymentRecord';
  /** The latest unemployment insurance benefit decision; null when none was taken. */
  benefit: Maybe<InsuranceBenefit>;
  /** The citizen's labour contracts from the e-contract records, newest first. */
  contracts: LabourContractConnection;
  /** Suitable job offers made to the citizen under this registration, newest first. */
  offers: JobOfferConnection;
  /** Active employment programmes the citizen takes part in or took part in, oldest first. */
  programmes: Array<ProgrammeParticipation>;
  /**
   * Offers refused without a justified reason. The status is annulled after 2–3 such
   * refusals of a suitable job offer.
   */
  refusedOffers: Scalars['Int']['output'];
  /** Day the citizen was registered. */
  registeredOn: Scalars['Date']['output'];
  /** Registration number in the unemployment registry. */
  registrationId: Scalars['ID']['output'];
  /** Current registration status. */
  status: UnemploymentStatus;
  /** Status changes of this registration, newest first. */
  statusHistory: UnemploymentStatusChangeConnection;
};

/** A registration with the employment service (the unemployment subgraph's type). */
export type UnemploymentRecordContractsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A registration with the employment service (the unemployment subgraph's type). */
export type UnemploymentRecordOffersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A registration with the employment service (the unemployment subgraph's type). */
export type UnemploymentRecordStatusHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Registration status in the unemployment registry. */
export type UnemploymentStatus =
  /** Removed from the register: employed, annulled after refusals, or at the citizen's request. */
  | 'DEREGISTERED'
  /** Registered as looking for work (usually by e-application), not (yet) recognised unemployed. */
  | 'JOBSEEKER'
  /** Registration suspended, e.g. while the citizen is in a programme or temporarily unavailable. */
  | 'SUSPENDED'
  /** Recognised unemployed: able-bodied, of working age, without job or income, ready to work. */
  | 'UNEMPLOYED';

/** One change of a registration's status. */
export type UnemploymentStatusChange = {
  __typename?: 'UnemploymentStatusChange';
  /** Why the status changed, as recorded by the employment centre. */
  reason: Scalars['String']['output'];
  /** Day the status took effect. */
  since: Scalars['Date']['output'];
  /** The status the registration moved to. */
  status: UnemploymentStatus;
};

/** A page of status changes. */
export type UnemploymentStatusChangeConnection = {
  __typename?: 'UnemploymentStatusChangeConnection';
  /** The changes on this page, newest first. */
  edges: Array<UnemploymentStatusChangeEdge>;
  /** Whether more changes follow. */
  pageInfo: UnemploymentPageInfo;
};

/** A status change and its cursor. */
export type UnemploymentStatusChangeEdge = {
  __typename?: 'UnemploymentStatusChangeEdge';
  /** Opaque cursor; pass it as `after` to continue after this change. */
  cursor: Scalars['String']['output'];
  /** The status change. */
  node: UnemploymentStatusChange;
};

/**
 * A visit at a centre: a queue ticket, anonymous until a case is opened at it. Queue wait is
 * `calledAt − issuedAt`, service time `closedAt − servingAt`.
 */
export type Visit = {
  __typename?: 'Visit';
  /** When the ticket was called to a window; null until CALLED. */
  calledAt: Maybe<Scalars['DateTime']['output']>;
  /** The centre the ticket was issued at. */
  centre: Centre;
  /** When the visit was closed; null until CLOSED. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The visit's number in the registry: the `visitId` of advanceVisit and openCase. */
  id: Scalars['ID']['output'];
  /** When the ticket was issued. */
  issuedAt: Scalars['DateTime']['output'];
  /** The service the visitor came for; null when they did not say. */
  service: Maybe<Service>;
  /** When the operator began serving; null until SERVING, and for a ticket closed unanswered. */
  servingAt: Maybe<Scalars['DateTime']['output']>;
  /** Where the visit is in the queue now. */
  status: VisitStatus;
  /**
   * Ticket as shown on the screen, e.g. `PEN-017`: the service's direction (`Q` when no service
   * was named) and the ticket's number in the centre's day (UTC).
   */
  ticket: Scalars['String']['output'];
  /** The window number the ticket was called to; null until CALLED. */
  window: Maybe<Scalars['Int']['output']>;
};

/** Where a visit is in the queue: ISSUED → CALLED → SERVING → CLOSED. */
export type VisitStatus =
  /** Called to a window (Visit.window) at calledAt; the visitor has not yet been served. */
  | 'CALLED'
  /** Done at closedAt: served, or called and never came (then servingAt is null). */
  | 'CLOSED'
  /** The ticket is issued; the visitor waits to be called. */
  | 'ISSUED'
  /** An operator is serving the visitor at the window, since servingAt. */
  | 'SERVING';

export type AdvanceCaseMutationVariables = Exact<{
  input: AdvanceCaseInput;
}>;

export type AdvanceCaseMutation = {
  __typename?: 'Mutation';
  advanceCase: {
    __typename?: 'Case';
    reference: string;
    status: CaseStatus;
    history: Array<{ __typename?: 'CaseStatusChange'; status: CaseStatus; at: string }>;
  };
};

export type AdvanceVisitMutationVariables = Exact<{
  input: AdvanceVisitInput;
}>;

export type AdvanceVisitMutation = {
  __typename?: 'Mutation';
  advanceVisit: {
    __typename?: 'Visit';
    id: string;
    status: VisitStatus;
    window: number | null;
    calledAt: string | null;
    servingAt: string | null;
    closedAt: string | null;
  };
};

export type CentreStatsQueryVariables = Exact<{
  centre: Scalars['String']['input'];
  period: StatsPeriod;
}>;

export type CentreStatsQuery = {
  __typename?: 'Query';
  centreStats: {
    __typename?: 'CentreStats';
    from: string;
    to: string;
    visits: number;
    servedVisits: number;
    averageServiceTimeSeconds: number | null;
    averageQueueWaitSeconds: number | null;
    centre: { __typename?: 'Centre'; code: string; name: string };
    casesByStatus: Array<{ __typename?: 'CaseStatusCount'; status: CaseStatus; count: number }>;
    casesByDirection: Array<{
      __typename?: 'DirectionCount';
      count: number;
      direction: { __typename?: 'ServiceDirection'; code: string; nameEn: string };
    }>;
  };
};

export type CitizenSummaryQueryVariables = Exact<{
  fin: Scalars['FIN']['input'];
}>;

export type CitizenSummaryQuery = {
  __typename?: 'Query';
  citizen: {
    __typename?: 'Citizen';
    fin: string;
    fullName: string;
    birthDate: string;
    sex: Sex;
    address: { __typename?: 'Address'; region: string; district: string } | null;
    pension: {
      __typename?: 'PensionRecord';
      labourPension: {
        __typename?: 'LabourPension';
        type: LabourPensionType;
        status: LabourPensionStatus;
        amount: string;
        assignedOn: string;
      } | null;
      allowances: Array<{
        __typename?: 'SocialAllowance';
        type: SocialAllowanceType;
        status: AllowanceStatus;
        amount: string;
      }>;
    } | null;
    unemployment: {
      __typename?: 'UnemploymentRecord';
      status: UnemploymentStatus;
      registeredOn: string;
      benefit: {
        __typename?: 'InsuranceBenefit';
        monthlyAmount: string;
        status: InsuranceBenefitStatus;
      } | null;
      programmes: Array<{
        __typename?: 'ProgrammeParticipation';
        kind: ProgrammeKind;
        name: string;
        status: ProgrammeStatus;
      }>;
    } | null;
    disability: {
      __typename?: 'DisabilityRecord';
      degree: DisabilityDegree;
      percent: number;
      validFrom: string;
      reexaminationOn: string | null;
      indefinite: boolean;
    } | null;
  } | null;
};

export type EligibilityHintsQueryVariables = Exact<{
  fin: Scalars['FIN']['input'];
}>;

export type EligibilityHintsQuery = {
  __typename?: 'Query';
  citizen: {
    __typename?: 'Citizen';
    fin: string;
    eligibilityHints: Array<{
      __typename?: 'EligibilityHint';
      rule: string;
      description: string;
      service: {
        __typename?: 'Service';
        code: string;
        name: string;
        nameEn: string;
        electronic: boolean;
      };
      facts: Array<{ __typename?: 'HintFact'; name: string; value: string }>;
    }> | null;
  } | null;
};

export type GrantConsentMutationVariables = Exact<{
  input: GrantConsentInput;
}>;

export type GrantConsentMutation = {
  __typename?: 'Mutation';
  grantConsent: {
    __typename?: 'Consent';
    id: string;
    agency: string;
    scopes: Array<string>;
    until: string;
    grantedAt: string;
    live: boolean;
  };
};

export type IssueTicketMutationVariables = Exact<{
  input: IssueTicketInput;
}>;

export type IssueTicketMutation = {
  __typename?: 'Mutation';
  issueTicket: { __typename?: 'Visit'; id: string; ticket: string; status: VisitStatus };
};

export type MyAccessLogQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type MyAccessLogQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Citizen';
    fin: string;
    fullName: string;
    accessLog: {
      __typename?: 'AccessLogConnection';
      edges: Array<{
        __typename?: 'AccessLogEdge';
        cursor: string;
        node: {
          __typename?: 'AccessLogEntry';
          at: string;
          purpose: string | null;
          consent: string | null;
          registries: Array<string>;
          fields: Array<string>;
          refused: Array<string>;
          outcome: AuditOutcome;
          actor: {
            __typename?: 'AccessLogActor';
            role: AccessRole;
            centre: string | null;
            agency: string | null;
            staffRef: string | null;
          };
        };
      }>;
      pageInfo: {
        __typename?: 'AccessLogPageInfo';
        hasNextPage: boolean;
        endCursor: string | null;
      };
    };
  } | null;
};

export type MyCasesQueryVariables = Exact<{ [key: string]: never }>;

export type MyCasesQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Citizen';
    fin: string;
    cases: Array<{
      __typename?: 'Case';
      reference: string;
      status: CaseStatus;
      centre: { __typename?: 'Centre'; code: string };
      service: { __typename?: 'Service'; code: string; nameEn: string };
      history: Array<{ __typename?: 'CaseStatusChange'; status: CaseStatus; at: string }>;
    }>;
  } | null;
};

export type MyConsentsQueryVariables = Exact<{ [key: string]: never }>;

export type MyConsentsQuery = {
  __typename?: 'Query';
  me: {
    __typename?: 'Citizen';
    fin: string;
    consents: Array<{
      __typename?: 'Consent';
      id: string;
      agency: string;
      scopes: Array<string>;
      until: string;
      grantedAt: string;
      revokedAt: string | null;
      live: boolean;
    }> | null;
  } | null;
};

export type OneWindowQueryVariables = Exact<{
  fin: Scalars['FIN']['input'];
}>;

export type OneWindowQuery = {
  __typename?: 'Query';
  citizen: {
    __typename?: 'Citizen';
    fin: string;
    fullName: string;
    birthDate: string;
    pension: {
      __typename?: 'PensionRecord';
      labourPension: {
        __typename?: 'LabourPension';
        type: LabourPensionType;
        status: LabourPensionStatus;
        amount: string;
      } | null;
    } | null;
    unemployment: {
      __typename?: 'UnemploymentRecord';
      status: UnemploymentStatus;
      benefit: {
        __typename?: 'InsuranceBenefit';
        monthlyAmount: string;
        status: InsuranceBenefitStatus;
      } | null;
    } | null;
    disability: {
      __typename?: 'DisabilityRecord';
      degree: DisabilityDegree;
      percent: number;
    } | null;
  } | null;
};

export type OpenCaseMutationVariables = Exact<{
  input: OpenCaseInput;
}>;

export type OpenCaseMutation = {
  __typename?: 'Mutation';
  openCase: {
    __typename?: 'Case';
    reference: string;
    fin: string;
    status: CaseStatus;
    centre: { __typename?: 'Centre'; code: string };
    service: { __typename?: 'Service'; code: string; nameEn: string };
  };
};

export type OperatorQueueQueryVariables = Exact<{
  fins: Array<Scalars['FIN']['input']> | Scalars['FIN']['input'];
}>;

export type OperatorQueueQuery = {
  __typename?: 'Query';
  citizens: Array<{
    __typename?: 'Citizen';
    fin: string;
    fullName: string;
    pension: {
      __typename?: 'PensionRecord';
      labourPension: {
        __typename?: 'LabourPension';
        status: LabourPensionStatus;
        amount: string;
      } | null;
    } | null;
    unemployment: { __typename?: 'UnemploymentRecord'; status: UnemploymentStatus } | null;
    disability: { __typename?: 'DisabilityRecord'; degree: DisabilityDegree } | null;
  } | null>;
};

export type PensionDetailQueryVariables = Exact<{
  fin: Scalars['FIN']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;

export type PensionDetailQuery = {
  __typename?: 'Query';
  citizen: {
    __typename?: 'Citizen';
    fin: string;
    fullName: string;
    pension: {
      __typename?: 'PensionRecord';
      labourPension: {
        __typename?: 'LabourPension';
        type: LabourPensionType;
        status: LabourPensionStatus;
        assignedOn: string;
        office: string;
        insuranceMonths: number;
        capital: string;
        insurancePart: string;
        minimumTopUp: string;
        amount: string;
        changes: {
          __typename?: 'PensionChangeConnection';
          edges: Array<{
            __typename?: 'PensionChangeEdge';
            node: {
              __typename?: 'PensionChange';
              kind: PensionChangeKind;
              effectiveOn: string;
              rateBasisPoints: number | null;
            };
          }>;
        };
        payments: {
          __typename?: 'PensionPaymentConnection';
          edges: Array<{
            __typename?: 'PensionPaymentEdge';
            node: { __typename?: 'PensionPayment'; period: string; amount: string; paidOn: string };
          }>;
          pageInfo: {
            __typename?: 'PensionPageInfo';
            hasNextPage: boolean;
            endCursor: string | null;
          };
        };
      } | null;
    } | null;
  } | null;
};

export type RevokeConsentMutationVariables = Exact<{
  input: RevokeConsentInput;
}>;

export type RevokeConsentMutation = {
  __typename?: 'Mutation';
  revokeConsent: { __typename?: 'Consent'; id: string; revokedAt: string | null; live: boolean };
};

export const AdvanceCaseDocument = {
  __meta__: { hash: 'ff4a8a394c5d279557973a5615956b28f8a16573b9858f78d1cc5010d41ba353' },
} as unknown as DocumentNode<AdvanceCaseMutation, AdvanceCaseMutationVariables>;
export const AdvanceVisitDocument = {
  __meta__: { hash: '8bc8ebeeb7b743b701c6f22b4489deb217530175538e1c1cb94748be85846508' },
} as unknown as DocumentNode<AdvanceVisitMutation, AdvanceVisitMutationVariables>;
export const CentreStatsDocument = {
  __meta__: { hash: '70b1abf4921a17ed6a88d9757d47f63556320a39aec08bc0a7bb25b71813a35e' },
} as unknown as DocumentNode<CentreStatsQuery, CentreStatsQueryVariables>;
export const CitizenSummaryDocument = {
  __meta__: { hash: '70a9616eb9d6697199d2b176c53ce1e491ee7b4f3379835eb6ff1fb37d334f96' },
} as unknown as DocumentNode<CitizenSummaryQuery, CitizenSummaryQueryVariables>;
export const EligibilityHintsDocument = {
  __meta__: { hash: 'a7b748d20b94d5c568ace996d8503493760da02b011e9a981fa7b6aedf5be160' },
} as unknown as DocumentNode<EligibilityHintsQuery, EligibilityHintsQueryVariables>;
export const GrantConsentDocument = {
  __meta__: { hash: 'd6667809b0f1fcf70fd77182786a00d85e60099401bf753da45f9c8e4e5db5dc' },
} as unknown as DocumentNode<GrantConsentMutation, GrantConsentMutationVariables>;
export const IssueTicketDocument = {
  __meta__: { hash: 'a672da2f0cc50b75844fa9f3f8a3aba5bb3583c5a9be80b78b0d9df7274e561f' },
} as unknown as DocumentNode<IssueTicketMutation, IssueTicketMutationVariables>;
export const MyAccessLogDocument = {
  __meta__: { hash: '532600b97bcecd882a7c2ae78c9417d393306022a1e2cd4544cc62932ef9215b' },
} as unknown as DocumentNode<MyAccessLogQuery, MyAccessLogQueryVariables>;
export const MyCasesDocument = {
  __meta__: { hash: 'b626e6ecc43d778cb687d73382ce79124815f0f9731d005c945ad5448e0e0527' },
} as unknown as DocumentNode<MyCasesQuery, MyCasesQueryVariables>;
export const MyConsentsDocument = {
  __meta__: { hash: '0e83f162a2e82b44448738e97cd86e2186afc28aeb05e632b9d35825333beeab' },
} as unknown as DocumentNode<MyConsentsQuery, MyConsentsQueryVariables>;
export const OneWindowDocument = {
  __meta__: { hash: 'fd97ae487789b74dcb922854084efec08b15d720a1a552692ed394da9c8e88d5' },
} as unknown as DocumentNode<OneWindowQuery, OneWindowQueryVariables>;
export const OpenCaseDocument = {
  __meta__: { hash: '3483467fb5c54c18b8486a3abe1c01ada45cf0de5041cabdda9174ab810e1b21' },
} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const OperatorQueueDocument = {
  __meta__: { hash: '93ac86e5d6147d532ce97d33141a68f952d3c926dc63c53c79bb9c00d1068de7' },
} as unknown as DocumentNode<OperatorQueueQuery, OperatorQueueQueryVariables>;
export const PensionDetailDocument = {
  __meta__: { hash: '3580c3aa033614befc1e6c435a263a95caeb6146a5b52427a12ef1e976f2a34c' },
} as unknown as DocumentNode<PensionDetailQuery, PensionDetailQueryVariables>;
export const RevokeConsentDocument = {
  __meta__: { hash: '338337279ec497bddcb8c2ac21759ece71607530ec0d6ebbd0c631041a9f62de' },
} as unknown as DocumentNode<RevokeConsentMutation, RevokeConsentMutationVariables>;
