import {
  createCodeBook,
  createPageReader,
  selectCompiled,
  type Knex,
  type PageArgs,
} from '@dost/subgraph-kit';

export type DisabilityDegree = 'I' | 'II' | 'III' | 'NONE' | 'CHILD_LIMITED_HEALTH_CAPACITY';
export type DisabilityCause =
  | 'GENERAL_ILLNESS'
  | 'WORK_INJURY'
  | 'OCCUPATIONAL_DISEASE'
  | 'WAR_RELATED'
  | 'SINCE_CHILDHOOD'
  | 'OTHER';
export type DecisionStatus = 'CURRENT' | 'SUPERSEDED';
/** GROUP: groups until 30 June 2022, no percentage; PERCENTAGE: since 1 July 2022. */
export type AssessmentSystem = 'GROUP' | 'PERCENTAGE';

/** A commission decision as the graph sees it; the legacy row never leaves this file. */
export interface DisabilityDecision {
  readonly id: number;
  readonly fin: string;
  readonly decidedOn: string;
  readonly assessmentSystem: AssessmentSystem;
  /** Under the GROUP system, the group's number (or UMS, YOX) read as a degree. */
  readonly degree: DisabilityDegree;
  /** Null under the GROUP system, which set no percentage. */
  readonly percent: number | null;
  readonly cause: DisabilityCause;
  readonly validFrom: string;
  /** Null when indefinite, and also when none is due or recorded. */
  readonly reexaminationOn: string | null;
  /** Set without a re-examination (müddətsiz), from the registry's own marker. */
  readonly indefinite: boolean;
  readonly commission: string;
  readonly signatories: readonly string[];
  readonly status: DecisionStatus;
}

export interface DisabilityReferral {
  readonly id: number;
  readonly fin: string;
  readonly referredOn: string;
  readonly clinic: string;
}

/** Health data: a special category; carries `fin` so ownership rules can check it. */
export interface Diagnosis {
  readonly id: number;
  readonly fin: string;
  readonly decisionId: number;
  readonly icd10: string;
  readonly description: string;
}

interface DecisionRow {
  id: number | string;
  fin: string;
  qerar_tarixi: string;
  derece: string;
  faiz: number;
  sebeb: string;
  quvvede_tarixi: string;
  yeni_muayine: string | null;
  sistem: string;
  /** 0/1 (SQLite integer, MariaDB tinyint). */
  muddetsiz: number | boolean;
  komissiya: string;
  imzalar: string;
  status: string;
}

interface ReferralRow {
  id: number | string;
  fin: string;
  gonderis_tarixi: string;
  klinika: string;
}

interface DiagnosisRow {
  id: number | string;
  fin: string;
  qerar_id: number | string;
  icd10: string;
  tesvir: string;
}

/** tse_qerar.derece. */
export const DEGREE = createCodeBook<DisabilityDegree>('tse_qerar.derece', {
  I: 'I',
  II: 'II',
  III: 'III',
  NONE: 'YOX',
  CHILD_LIMITED_HEALTH_CAPACITY: 'UMS',
});
/** tse_qerar.sebeb. */
export const CAUSE = createCodeBook<DisabilityCause>('tse_qerar.sebeb', {
  GENERAL_ILLNESS: 'UX',
  WORK_INJURY: 'EZ',
  OCCUPATIONAL_DISEASE: 'PX',
  WAR_RELATED: 'MH',
  SINCE_CHILDHOOD: 'UU',
  OTHER: 'DG',
});
/** tse_qerar.status. */
export const DECISION_STATUS = createCodeBook<DecisionStatus>('tse_qerar.status', {
  CURRENT: 'C',
  SUPERSEDED: 'S',
});
/** tse_qerar.sistem (migration 002): köhnə (groups) or yeni (percentages). */
export const ASSESSMENT_SYSTEM = createCodeBook<AssessmentSystem>('tse_qerar.sistem', {
  GROUP: 'K',
  PERCENTAGE: 'Y',
});
/** What a GROUP decision stores in the NOT NULL `faiz`: no percentage was set. */
export const NO_PERCENT = 0;
/** How `imzalar` joins the signatories' names. */
export const SIGNATORY_SEPARATOR = ';';

/** Read access to the medical-social expertise registry; the only module here that speaks SQL. */
export interface DisabilityRegistry {
  /** The decision in force per citizen (status C). */
  currentDecisionsByFin(fins: readonly string[]): Promise<DisabilityDecision[]>;
  /** One page of decisions per citizen, newest first, `first + 1` rows each. */
  decisionPagesByFin(fins: readonly string[], page: PageArgs): Promise<DisabilityDecision[]>;
  /** One page of referrals per citizen, newest first, `first + 1` rows each. */
  referralPagesByFin(fins: readonly string[], page: PageArgs): Promise<DisabilityReferral[]>;
  /** Every diagnosis of every decision of these citizens, by decision then diagnosis. */
  diagnosesByFin(fins: readonly string[]): Promise<Diagnosis[]>;
}

export function createDisabilityRegistry(db: Knex): DisabilityRegistry {
  return {
    async currentDecisionsByFin(fins) {
      const current = DECISION_STATUS.encode('CURRENT');
      const rows = await selectCompiled<DecisionRow>(
        db,
        'decisions.current',
        [...fins, current],
        () =>
          db('tse_qerar')
            .select('*')
            .whereIn('fin', fins)
            .andWhere('status', current)
            // Oldest first: should legacy data hold two decisions in force, the newest one wins.
            .orderBy('id'),
      );
      return rows.map(toDecision);
    },
    decisionPagesByFin: createPageReader(
      db,
      { table: 'tse_qerar', parentColumn: 'fin' },
      toDecision,
    ),
    referralPagesByFin: createPageReader(
      db,
      { table: 'tse_gonderis', parentColumn: 'fin' },
      toReferral,
    ),
    async diagnosesByFin(fins) {
      const rows: DiagnosisRow[] = await db('tse_diaqnoz as d')
        .join('tse_qerar as q', 'q.id', 'd.qerar_id')
        .select('d.id', 'q.fin', 'd.qerar_id', 'd.icd10', 'd.tesvir')
        .whereIn('q.fin', fins)
        .orderBy([
          { column: 'd.qerar_id', order: 'asc' },
          { column: 'd.id', order: 'asc' },
        ]);
      return rows.map(toDiagnosis);
    },
  };
}

function toDecision(row: DecisionRow): DisabilityDecision {
  const assessmentSystem = ASSESSMENT_SYSTEM.decode(row.sistem);
  return {
    id: Number(row.id),
    fin: row.fin,
    decidedOn: row.qerar_tarixi,
    assessmentSystem,
    degree: DEGREE.decode(row.derece),
    percent: assessmentSystem === 'GROUP' ? null : Number(row.faiz),
    cause: CAUSE.decode(row.sebeb),
    validFrom: row.quvvede_tarixi,
    reexaminationOn: row.yeni_muayine,
    indefinite: Number(row.muddetsiz) === 1,
    commission: row.komissiya,
    signatories: row.imzalar
      .split(SIGNATORY_SEPARATOR)
      .map((name) => name.trim())
      .filter((name) => name !== ''),
    status: DECISION_STATUS.decode(row.status),
  };
}

function toReferral(row: ReferralRow): DisabilityReferral {
  return {
    id: Number(row.id),
    fin: row.fin,
    referredOn: row.gonderis_tarixi,
    clinic: row.klinika,
  };
}

function toDiagnosis(row: DiagnosisRow): Diagnosis {
  return {
    id: Number(row.id),
    fin: row.fin,
    decisionId: Number(row.qerar_id),
    icd10: row.icd10,
    description: row.tesvir,
  };
}
