import { ERRORS, type SubgraphContext } from '@dost/subgraph-kit';

/**
 * Refuses a write the rules let through but the record it touches does not (another
 * centre's case, another citizen's e-application), and reports the refusal for the audit
 * record against the citizen it was aimed at, as a rule's refusal would be.
 */
export function refuse(
  { disclosure }: SubgraphContext<unknown>,
  field: string,
  subjects: readonly string[],
  message: string,
): never {
  disclosure.refuse(field, subjects);
  throw ERRORS.FORBIDDEN.err(message);
}
