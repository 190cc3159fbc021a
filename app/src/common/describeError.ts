import type { DostError } from '@dost/client';

/** A heading for each kind of refusal an operator or citizen may meet. */
export function describeError(error: DostError): string {
  switch (error.code) {
    case 'UNAUTHENTICATED':
      return 'Not signed in: the token is missing, expired or not valid. Sign in again.';
    case 'FORBIDDEN':
      return 'Your role may not read this.';
    case 'PURPOSE_REQUIRED':
      return 'Refused: the purpose is missing, or your role may not cite it.';
    case 'CASE_NOT_VALID':
      return 'Refused: the case cited is not an open case of this citizen at your centre.';
    case 'BAD_USER_INPUT':
      return 'The request was not valid.';
    case 'RATE_LIMITED':
      return 'Too many requests: wait a moment and try again.';
    case 'REGISTRY_UNAVAILABLE':
      return `The ${error.registry ?? 'registry'} registry did not answer.`;
    case 'NETWORK_ERROR':
      return 'The gateway could not be reached.';
    default:
      return 'The request failed.';
  }
}
