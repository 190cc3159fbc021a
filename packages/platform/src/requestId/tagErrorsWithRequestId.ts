/**
 * Adds `extensions.requestId` to every error of a serialized GraphQL response that lacks it,
 * and `more` (the gateway's trace id) where an error does not say otherwise. Used on error
 * answers only (small bodies); anything that is not such a response is returned unchanged.
 */
export function tagErrorsWithRequestId(
  body: string,
  requestId: string,
  more: Readonly<Record<string, string>> = {},
): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return body;
  }
  if (!isRecord(parsed) || !Array.isArray(parsed['errors'])) return body;
  const errors = (parsed['errors'] as unknown[]).map((error) => {
    if (!isRecord(error)) return error;
    const extensions = isRecord(error['extensions']) ? error['extensions'] : {};
    return {
      ...error,
      extensions: { ...more, ...extensions, requestId: extensions['requestId'] ?? requestId },
    };
  });
  return JSON.stringify({ ...parsed, errors });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
