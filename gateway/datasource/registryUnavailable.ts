import type { GraphQLError } from 'graphql';
import { ERRORS } from '@dost/platform/errors.ts';

/** Why a subgraph call produced no answer. */
export type CallFailure = 'timeout' | 'deadline' | 'circuit-open' | 'unreachable' | 'bad-response';

const MESSAGES: Record<CallFailure, (registry: string) => string> = {
  timeout: (registry) => `The ${registry} registry did not answer in time.`,
  deadline: (registry) => `The request ran out of time before the ${registry} registry answered.`,
  'circuit-open': (registry) => `The ${registry} registry is unavailable; calls to it are paused.`,
  unreachable: (registry) => `The ${registry} registry is unavailable.`,
  'bad-response': (registry) => `The ${registry} registry is unavailable.`,
};

/**
 * The error a caller sees for a registry that gave no answer: coded, naming the registry,
 * and never carrying its URL, status line or body (those go to the log).
 */
export function registryUnavailable(registry: string, failure: CallFailure): GraphQLError {
  return ERRORS.REGISTRY_UNAVAILABLE.err(MESSAGES[failure](registry), { registry });
}
