import type { GraphQLError } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';
import { DisclosureCollector } from '../audit/DisclosureCollector.ts';
import type { ResilientDataSource } from '../datasource/ResilientDataSource.ts';
import type { GatewayContext } from '../GatewayContext.ts';

/** The subgraph that keeps the cases and the consents. */
export const SERVICE_DESK = 'services';

/** What the desk answered one of the gateway's own questions. */
export type DeskAnswer = Awaited<ReturnType<ResilientDataSource['callForRequest']>>;

/**
 * One of the gateway's own questions to the service desk for a request (the case a purpose
 * cites, the consents a partner's read needs), through the desk's data source: signed for the
 * caller, so the desk's own rules decide what it may see, bound by the request's deadline and
 * circuit-broken. Its disclosure report goes to a collector of its own: the answer serves the
 * gateway's check and never reaches the caller. Nothing is cached.
 */
export function askServiceDesk(
  source: ResilientDataSource,
  request: { query: string; variables: Record<string, unknown> },
  ofRequest: GatewayContext,
): Promise<DeskAnswer> {
  return source.callForRequest(request, { ...ofRequest, disclosure: new DisclosureCollector() });
}

/** A desk that fails or refuses leaves the check unproven: the read fails closed. */
export function deskUnavailable(): GraphQLError {
  return ERRORS.REGISTRY_UNAVAILABLE.refuse(undefined, { registry: SERVICE_DESK });
}
