import { CASE_CHANNEL, CASE_STATUS, VISIT_STATUS } from './transitions.ts';
import type { Case, CaseStatusChange, Service, ServiceDirection, Visit } from './registry.ts';

// The registry's rows and their mapping to the graph's types, apart from the SQL that reads
// them (registry.ts): rows never leave these two files. Ids are BIGINT columns; `Number`
// keeps them numbers whichever driver returned them.

export interface VisitRow {
  id: number | string;
  centre: string;
  ticket: string;
  service_code: string | null;
  status: string;
  window_no: number | null;
  issued_at: string;
  called_at: string | null;
  serving_at: string | null;
  closed_at: string | null;
}

export interface CaseRow {
  id: number | string;
  fin: string;
  service_code: string;
  centre: string;
  channel: string;
  status: string;
  visit_id: number | string | null;
  opened_at: string;
}

export interface ChangeRow {
  id: number | string;
  case_id: number | string;
  fin: string;
  status: string;
  at: string;
  by_role: string;
}

export interface ServiceRow {
  code: string;
  direction: string;
  name: string;
  name_en: string;
  registries: string;
  electronic: number | boolean;
}

export interface DirectionRow {
  code: string;
  name: string;
  name_en: string;
}

export function visitRow(visit: Partial<Omit<Visit, 'id'>>): Record<string, unknown> {
  return {
    centre: visit.centre,
    ticket: visit.ticket,
    service_code: visit.serviceCode,
    status: visit.status,
    window_no: visit.window,
    issued_at: visit.issuedAt,
    called_at: visit.calledAt,
    serving_at: visit.servingAt,
    closed_at: visit.closedAt,
  };
}

export function toDirection(row: DirectionRow): ServiceDirection {
  return { code: row.code, name: row.name, nameEn: row.name_en };
}

export function toService(row: ServiceRow): Service {
  return {
    code: row.code,
    direction: row.direction,
    name: row.name,
    nameEn: row.name_en,
    registries: row.registries === '' ? [] : row.registries.split(','),
    electronic: Boolean(row.electronic),
  };
}

export function toVisit(row: VisitRow): Visit {
  return {
    id: Number(row.id),
    centre: row.centre,
    ticket: row.ticket,
    serviceCode: row.service_code,
    status: VISIT_STATUS.decode(row.status),
    window: row.window_no,
    issuedAt: row.issued_at,
    calledAt: row.called_at,
    servingAt: row.serving_at,
    closedAt: row.closed_at,
  };
}

export function toCase(row: CaseRow): Case {
  return {
    id: Number(row.id),
    fin: row.fin,
    serviceCode: row.service_code,
    centre: row.centre,
    channel: CASE_CHANNEL.decode(row.channel),
    status: CASE_STATUS.decode(row.status),
    visitId: row.visit_id === null ? null : Number(row.visit_id),
    openedAt: row.opened_at,
  };
}

export function toChange(row: ChangeRow): CaseStatusChange {
  return {
    id: Number(row.id),
    caseId: Number(row.case_id),
    fin: row.fin,
    status: CASE_STATUS.decode(row.status),
    at: row.at,
    byRole: row.by_role,
  };
}
