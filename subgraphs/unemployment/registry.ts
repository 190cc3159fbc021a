import { createPageReader, selectCompiled, type Knex, type PageArgs } from '@dost/subgraph-kit';
import { OFFER_RESPONSE } from './legacyCodes.ts';
import {
  toBenefit,
  toBenefitPayment,
  toLabourContract,
  toJobOffer,
  toMonitoringVisit,
  toProgramme,
  toRegistration,
  toStatusChange,
  type ContractRow,
  type DecisionRow,
  type ProgrammeRow,
  type RegistrationRow,
} from './legacyRows.ts';

export type UnemploymentStatus = 'JOBSEEKER' | 'UNEMPLOYED' | 'SUSPENDED' | 'DEREGISTERED';
export type OfferResponse = 'ACCEPTED' | 'REFUSED' | 'PENDING';
export type BenefitStatus = 'PAYING' | 'ENDED' | 'SUSPENDED';
export type ProgrammeKind = 'PUBLIC_WORKS' | 'SELF_EMPLOYMENT' | 'TRAINING';
export type ProgrammeStatus = 'ACTIVE' | 'COMPLETED' | 'DROPPED';
export type MonitoringOutcome = 'OPERATING' | 'STRUGGLING';

// Domain objects as the graph sees them; each carries the `fin` it belongs to so that the
// shared ownership rule can check any of them. Money is integer qəpik, dates YYYY-MM-DD.

export interface Registration {
  readonly fin: string;
  readonly registrationId: number;
  readonly status: UnemploymentStatus;
  readonly registeredOn: string;
}

export interface StatusChange {
  readonly id: number;
  readonly fin: string;
  readonly registrationId: number;
  readonly status: UnemploymentStatus;
  readonly since: string;
  readonly reason: string;
}

export interface LabourContract {
  readonly id: number;
  readonly fin: string;
  readonly employerTin: string;
  readonly employerName: string;
  readonly position: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly terminationArticle: string | null;
  readonly monthlyWage: number;
  /** The "İşsizin dostu" placement this fixed-term contract is for; null for other contracts. */
  readonly programmeId: number | null;
}

export interface JobOffer {
  readonly id: number;
  readonly fin: string;
  readonly registrationId: number;
  readonly offeredOn: string;
  readonly employerTin: string;
  readonly position: string;
  readonly monthlyWage: number;
  readonly response: OfferResponse;
  readonly refusalJustified: boolean | null;
}

export interface RefusalCount {
  readonly registrationId: number;
  readonly count: number;
}

export interface Benefit {
  readonly decisionId: number;
  readonly fin: string;
  readonly registrationId: number;
  readonly decidedOn: string;
  readonly averageWage: number;
  readonly insuredMonthsLast24: number;
  readonly dependentChildren: number;
  /** Share of the average wage in basis points (5000 = 50 %). */
  readonly rateBp: number;
  readonly monthlyAmount: number;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly status: BenefitStatus;
}

export interface BenefitPayment {
  readonly id: number;
  readonly fin: string;
  readonly decisionId: number;
  readonly period: string;
  readonly paidOn: string;
  readonly amount: number;
}

export interface Programme {
  readonly id: number;
  readonly fin: string;
  readonly registrationId: number;
  readonly kind: ProgrammeKind;
  readonly name: string;
  readonly startedOn: string;
  readonly endsOn: string | null;
  readonly status: ProgrammeStatus;
  readonly detail: string;
}

/** A visit of a self-employment programme's monitored contract. */
export interface MonitoringVisit {
  readonly id: number;
  readonly fin: string;
  readonly programmeId: number;
  readonly visitedOn: string;
  readonly outcome: MonitoringOutcome;
}

/** Read access to the unemployment registry; the only module here that speaks SQL. */
export interface UnemploymentRegistry {
  /** The latest registration of each FIN that has one. */
  registrationsByFin(fins: readonly string[]): Promise<Registration[]>;
  statusHistoryPages(registrationIds: readonly number[], page: PageArgs): Promise<StatusChange[]>;
  /** Labour contracts are the person's, so they are paged per FIN. */
  contractPages(fins: readonly string[], page: PageArgs): Promise<LabourContract[]>;
  offerPages(registrationIds: readonly number[], page: PageArgs): Promise<JobOffer[]>;
  /** Unjustified refusals per registration; registrations without any are left out. */
  unjustifiedRefusals(registrationIds: readonly number[]): Promise<RefusalCount[]>;
  /** The latest benefit decision of each registration that has one. */
  benefitsByRegistration(registrationIds: readonly number[]): Promise<Benefit[]>;
  benefitPaymentPages(decisionIds: readonly number[], page: PageArgs): Promise<BenefitPayment[]>;
  /** Programme participations, oldest first. */
  programmesByRegistration(registrationIds: readonly number[]): Promise<Programme[]>;
  /** The contract of each public-works placement that has one. */
  contractsByProgramme(programmeIds: readonly number[]): Promise<LabourContract[]>;
  monitoringVisitPages(programmeIds: readonly number[], page: PageArgs): Promise<MonitoringVisit[]>;
}

export function createUnemploymentRegistry(db: Knex): UnemploymentRegistry {
  return {
    async registrationsByFin(fins) {
      // Ascending ids: the key loader keeps the last row per FIN, i.e. the latest registration.
      const rows = await selectCompiled<RegistrationRow>(db, 'registrations.byFin', fins, () =>
        db('qeydiyyat')
          .select('id', 'fin', 'status', 'qeyd_tarixi')
          .whereIn('fin', fins)
          .orderBy('id'),
      );
      return rows.map(toRegistration);
    },
    statusHistoryPages: createPageReader(
      db,
      { table: 'status_tarixce', parentColumn: 'qeydiyyat_id' },
      toStatusChange,
    ),
    contractPages: createPageReader(
      db,
      { table: 'emek_muqavile', parentColumn: 'fin' },
      toLabourContract,
    ),
    offerPages: createPageReader(
      db,
      { table: 'is_teklifi', parentColumn: 'qeydiyyat_id' },
      toJobOffer,
    ),
    async unjustifiedRefusals(registrationIds) {
      const rows: { qeydiyyat_id: number; say: number | string }[] = await db('is_teklifi')
        .select('qeydiyyat_id')
        .count({ say: '*' })
        .whereIn('qeydiyyat_id', registrationIds)
        .andWhere({ cavab: OFFER_RESPONSE.encode('REFUSED'), esasli: 'N' })
        .groupBy('qeydiyyat_id');
      // MariaDB may return COUNT(*) as a string; the count is small, so Number is exact.
      return rows.map((row) => ({ registrationId: row.qeydiyyat_id, count: Number(row.say) }));
    },
    async benefitsByRegistration(registrationIds) {
      // Ascending ids: the key loader keeps the last decision per registration.
      const rows = await selectCompiled<DecisionRow>(
        db,
        'benefits.byRegistration',
        registrationIds,
        () =>
          db('muavinet_qerar').select('*').whereIn('qeydiyyat_id', registrationIds).orderBy('id'),
      );
      return rows.map(toBenefit);
    },
    benefitPaymentPages: createPageReader(
      db,
      { table: 'muavinet_odenis', parentColumn: 'qerar_id' },
      toBenefitPayment,
    ),
    async programmesByRegistration(registrationIds) {
      const rows: ProgrammeRow[] = await db('proqram_istirak')
        .select('*')
        .whereIn('qeydiyyat_id', registrationIds)
        .orderBy('id');
      return rows.map(toProgramme);
    },
    async contractsByProgramme(programmeIds) {
      const rows: ContractRow[] = await db('emek_muqavile')
        .select('*')
        .whereIn('proqram_istirak_id', programmeIds)
        .orderBy('id');
      return rows.map(toLabourContract);
    },
    monitoringVisitPages: createPageReader(
      db,
      { table: 'ozm_monitorinq', parentColumn: 'proqram_istirak_id' },
      toMonitoringVisit,
    ),
  };
}
