import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ERRORS, type ErrorDefinition } from '@dost/platform/errors.ts';

interface LibraryLimit {
  /** The library's fixed wording. */
  readonly pattern: RegExp;
  readonly definition: ErrorDefinition;
  readonly message: (match: RegExpExecArray) => string;
}

const TOO_MANY_SELECTIONS = 'The operation expands to too many selections to plan.';

/** Limits enforced by libraries that throw plain errors. */
const LIBRARY_LIMITS: readonly LibraryLimit[] = [
  // graphql-js `parse(…, { maxTokens })`; 16.x writes "more that", later versions "than".
  {
    pattern: /^Syntax Error: Document contains more th(?:at|an) (\d+) tokens/,
    definition: ERRORS.TOO_MANY_TOKENS,
    message: (match) => `The operation has more than ${match[1] ?? 'the allowed'} tokens.`,
  },
  // @apollo/query-planner's own guards against fragment and selection explosions (2.10.1+).
  {
    pattern: /^Exceeded maximum recursive selections/,
    definition: ERRORS.QUERY_TOO_COSTLY,
    message: () => TOO_MANY_SELECTIONS,
  },
  {
    pattern: /^Number of non-local selections exceeds limit/,
    definition: ERRORS.QUERY_TOO_COSTLY,
    message: () => TOO_MANY_SELECTIONS,
  },
];

/**
 * Gives a library's limit error its registered code, so the caller learns which bound it hit
 * instead of seeing INTERNAL. Any other error is returned unchanged, for maskError to judge.
 */
export function recodeLimitError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const texts = [formatted.message, originalMessage(error)];
  for (const { pattern, definition, message } of LIBRARY_LIMITS) {
    for (const text of texts) {
      const match = text === undefined ? null : pattern.exec(text);
      if (match !== null) return { message: message(match), extensions: { code: definition.code } };
    }
  }
  return formatted;
}

function originalMessage(error: unknown): string | undefined {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  return original?.message;
}
