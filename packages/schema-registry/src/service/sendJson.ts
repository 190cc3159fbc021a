import type { ServerResponse } from 'node:http';
import type { SchemaRegistryError } from '../schemaRegistryErrors.ts';

/** HTTP status for each refusal the service answers. */
const STATUS: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_REQUEST: 400,
  COMPOSITION_FAILED: 422,
  CHECK_FAILED: 422,
  VERSION_TAKEN: 409,
};

/** Answers `body` as JSON with `status`. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  res.end(text);
}

/** Answers a coded refusal, `{ error: { code, message, details, report? } }`. */
export function sendRefusal(
  res: ServerResponse,
  error: SchemaRegistryError,
  extra: { readonly report?: unknown } = {},
): void {
  if (error.code === 'UNAUTHENTICATED') {
    res.setHeader('www-authenticate', 'Bearer realm="dost-schema-registry"');
  }
  sendJson(res, STATUS[error.code] ?? 500, { error: { ...error, ...extra } });
}
