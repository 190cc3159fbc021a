import type { HttpAnswer } from './SubgraphClient.ts';

/** One error of a GraphQL answer, as far as the suite reads it. */
export interface AnswerError {
  readonly message: string;
  readonly code: string | undefined;
  /** Where in `data` it applies; empty for a request error. */
  readonly path: readonly (string | number)[];
  readonly extensions: Readonly<Record<string, unknown>>;
}

function body(answer: HttpAnswer): Record<string, unknown> {
  return typeof answer.json === 'object' && answer.json !== null
    ? (answer.json as Record<string, unknown>)
    : {};
}

/** The answer's `errors`, each with its `extensions.code`. */
export function errorsOf(answer: HttpAnswer): AnswerError[] {
  const errors = body(answer)['errors'];
  if (!Array.isArray(errors)) return [];
  return errors.map((error: unknown) => {
    const { message, extensions, path } = (error ?? {}) as {
      message?: unknown;
      extensions?: unknown;
      path?: unknown;
    };
    const ext =
      typeof extensions === 'object' && extensions !== null
        ? (extensions as Record<string, unknown>)
        : {};
    const code = ext['code'];
    return {
      message: typeof message === 'string' ? message : '',
      code: typeof code === 'string' ? code : undefined,
      path: Array.isArray(path)
        ? path.filter((step): step is string | number => ['string', 'number'].includes(typeof step))
        : [],
      extensions: ext,
    };
  });
}

/** The answer's `data`; null when absent or null. */
export function dataOf(answer: HttpAnswer): Record<string, unknown> | null {
  const data = body(answer)['data'];
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

/** The answer's `extensions`, or an empty object. */
export function extensionsOf(answer: HttpAnswer): Record<string, unknown> {
  const extensions = body(answer)['extensions'];
  return typeof extensions === 'object' && extensions !== null
    ? (extensions as Record<string, unknown>)
    : {};
}

/**
 * The call was refused as unauthenticated: a 401/403 status or an UNAUTHENTICATED error,
 * and no data at all (a subgraph that answers some fields of a bad call has not refused it).
 */
export function isRefused(answer: HttpAnswer): boolean {
  const unauthenticated =
    answer.status === 401 ||
    answer.status === 403 ||
    errorsOf(answer).some((error) => error.code === 'UNAUTHENTICATED');
  return unauthenticated && dataOf(answer) === null;
}

/**
 * The call got through authentication: a 200 and no UNAUTHENTICATED error. Its data may
 * still be null when the rules refused every field asked for (FORBIDDEN): that is an answer.
 */
export function isAccepted(answer: HttpAnswer): boolean {
  return (
    answer.status === 200 &&
    answer.json !== undefined &&
    !errorsOf(answer).some((error) => error.code === 'UNAUTHENTICATED')
  );
}

/** `status 401, UNAUTHENTICATED` or `status 200, data, FORBIDDEN ×3`: for a report's detail. */
export function describeAnswer(answer: HttpAnswer): string {
  const counts = new Map<string, number>();
  for (const error of errorsOf(answer)) {
    const code = error.code ?? '(no code)';
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const codes = [...counts].map(([code, n]) => (n === 1 ? code : `${code} ×${n}`));
  const parts = [`status ${answer.status}`];
  if (dataOf(answer) !== null) parts.push('data');
  if (answer.json === undefined) parts.push('not JSON');
  return [...parts, ...codes].join(', ');
}
