import { createCodeBook } from '@dost/subgraph-kit';

export type VisitStatus = 'ISSUED' | 'CALLED' | 'SERVING' | 'CLOSED';
export type CaseStatus = 'OPENED' | 'DOCUMENTS_REQUESTED' | 'SUBMITTED' | 'DECIDED' | 'CLOSED';
export type CaseChannel = 'WINDOW' | 'ELECTRONIC';

/**
 * The moves a visit may make: each step only from the one before it. A ticket nobody
 * answers may be closed once called (the visitor left).
 */
export const VISIT_MOVES: Readonly<Record<VisitStatus, readonly VisitStatus[]>> = {
  ISSUED: ['CALLED'],
  CALLED: ['SERVING', 'CLOSED'],
  SERVING: ['CLOSED'],
  CLOSED: [],
};

/**
 * The moves a case may make: documents may be skipped when the file is complete, and a case
 * not yet submitted may be closed (withdrawn); once submitted it runs to a decision.
 */
export const CASE_MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  OPENED: ['DOCUMENTS_REQUESTED', 'SUBMITTED', 'CLOSED'],
  DOCUMENTS_REQUESTED: ['SUBMITTED', 'CLOSED'],
  SUBMITTED: ['DECIDED'],
  DECIDED: ['CLOSED'],
  CLOSED: [],
};

// This registry is DOST's own, so it stores the graph's names; the books still refuse a
// stored value the graph does not model rather than pass it on.
export const VISIT_STATUS = createCodeBook<VisitStatus>('visit.status', {
  ISSUED: 'ISSUED',
  CALLED: 'CALLED',
  SERVING: 'SERVING',
  CLOSED: 'CLOSED',
});

export const CASE_STATUS = createCodeBook<CaseStatus>('service_case.status', {
  OPENED: 'OPENED',
  DOCUMENTS_REQUESTED: 'DOCUMENTS_REQUESTED',
  SUBMITTED: 'SUBMITTED',
  DECIDED: 'DECIDED',
  CLOSED: 'CLOSED',
});

export const CASE_CHANNEL = createCodeBook<CaseChannel>('service_case.channel', {
  WINDOW: 'WINDOW',
  ELECTRONIC: 'ELECTRONIC',
});
