import { addDays, bakuToday } from '@dost/platform/bakuToday.ts';
import { isIsoDate } from '@dost/platform/isoTime.ts';
import { isPartnerScope, type PartnerScope } from '@dost/platform/partnerScopes.ts';
import { ERRORS } from '@dost/subgraph-kit';
import { partnerAgency } from './partnerAgencies.ts';

/**
 * Longest a consent may run: a year from today. A consent is a standing permission the
 * citizen may forget; the Law on Personal Data asks that consent be specific and not kept
 * longer than its purpose needs, and a yearly renewal keeps it a decision the citizen makes
 * again rather than one made once and for ever. A partner's check (a loan, a benefit
 * decision) rarely needs longer.
 */
export const MAX_CONSENT_DAYS = 366;

/** What a consent grants, once checked. */
export interface ConsentTerms {
  readonly agency: string;
  readonly scopes: readonly PartnerScope[];
  readonly until: string;
}

/**
 * Checks what a citizen asks to grant: an agency of the catalogue, scopes (at least one, no
 * repeats) its agreement names, and an `until` from today to a year ahead. BAD_USER_INPUT
 * naming the argument otherwise. Scopes come back sorted, so a repeated grant hashes alike.
 */
export function consentTerms(
  input: { agency: string; scopes: readonly string[]; until: string },
  now: number = Date.now(),
): ConsentTerms {
  const agency = partnerAgency(input.agency);
  if (agency === null) throw badInput('agency', 'No partner agency has this code.');
  const scopes = [...new Set(input.scopes)].sort();
  if (scopes.length === 0) throw badInput('scopes', 'Name at least one scope.');
  for (const scope of scopes) {
    if (!isPartnerScope(scope) || !agency.scopes.includes(scope)) {
      throw badInput('scopes', `The agreement of ${agency.code} names no scope ${scope}.`);
    }
  }
  const today = bakuToday(now);
  if (!isIsoDate(input.until) || input.until < today) {
    throw badInput('until', 'until must be a day from today on.');
  }
  if (input.until > addDays(today, MAX_CONSENT_DAYS)) {
    throw badInput('until', 'A consent runs for at most a year; renew it when it ends.');
  }
  return { agency: agency.code, scopes: scopes as PartnerScope[], until: input.until };
}

function badInput(argument: string, message: string) {
  return ERRORS.BAD_USER_INPUT.err(message, { argument });
}
