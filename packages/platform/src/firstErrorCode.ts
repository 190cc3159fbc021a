/** `errors[0].extensions.code` of a serialized GraphQL response, if it is one and has one. */
export function firstErrorCode(body: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const errors: unknown = isRecord(parsed) ? parsed['errors'] : undefined;
  const first: unknown = Array.isArray(errors) ? errors[0] : undefined;
  const extensions: unknown = isRecord(first) ? first['extensions'] : undefined;
  const code: unknown = isRecord(extensions) ? extensions['code'] : undefined;
  return typeof code === 'string' ? code : null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
