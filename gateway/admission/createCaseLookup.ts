import { ERRORS } from '@dost/platform/errors.ts';
import type { ResilientDataSource } from '../datasource/ResilientDataSource.ts';
import type { GatewayContext } from '../GatewayContext.ts';
import { askServiceDesk, deskUnavailable } from './askServiceDesk.ts';
import type { CaseRefusal, CitedCase } from './CitedCase.ts';

/**
 * Finds the case a purpose cites, as the caller may read it; null when there is none, and
 * OTHER_CENTRE when the desk refuses it to the caller (it shows an operator only the cases of
 * their own centre).
 */
export type CaseLookup = (
  reference: string,
  context: GatewayContext,
) => Promise<CitedCase | Extract<CaseRefusal, 'OTHER_CENTRE'> | null>;

const CASE_QUERY =
  'query CitedCase($reference: String!) { case(reference: $reference) { fin status centre { code } } }';

/**
 * Looks a case up at the service desk (askServiceDesk), as the caller may read it; the
 * request's audit record names the case through its purpose.
 */
export function createCaseLookup(source: ResilientDataSource): CaseLookup {
  return async (reference, ofRequest) => {
    const response = await askServiceDesk(
      source,
      { query: CASE_QUERY, variables: { reference } },
      ofRequest,
    );
    const found = (response.data as { case?: unknown } | null | undefined)?.case;
    const codes = (response.errors ?? []).map((error) => error.extensions?.['code']);
    // Only an operator of another centre is refused a case its purpose may cite: the desk's
    // rules admit every staff member with a purpose, and its resolver holds operators to the
    // case's own centre (subgraphs/services/caseByReference.ts).
    if (codes.length > 0 && codes.every((code) => code === ERRORS.FORBIDDEN.code)) {
      return 'OTHER_CENTRE';
    }
    if (response.errors !== undefined && response.errors.length > 0) {
      // A desk that refuses or fails to answer leaves the case unproven: fail closed.
      throw deskUnavailable();
    }
    return isCitedCase(found) ? flatten(found) : null;
  };
}

interface CaseAnswer {
  fin: string;
  status: string;
  centre: { code: string };
}

function isCitedCase(value: unknown): value is CaseAnswer {
  if (typeof value !== 'object' || value === null) return false;
  const { fin, status, centre } = value as Record<string, unknown>;
  return (
    typeof fin === 'string' &&
    typeof status === 'string' &&
    typeof centre === 'object' &&
    centre !== null &&
    typeof (centre as { code?: unknown }).code === 'string'
  );
}

function flatten({ fin, status, centre }: CaseAnswer): CitedCase {
  return { fin, status, centre: centre.code };
}
