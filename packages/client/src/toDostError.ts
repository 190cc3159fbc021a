import { DOST_ERROR_CODES, type DostError, type DostErrorCode } from './DostError.ts';

/** A GraphQL error from the wire as a typed value; an unknown code reads as INTERNAL. */
export function toDostError(raw: unknown): DostError {
  const error = isObject(raw) ? raw : {};
  const extensions = isObject(error['extensions']) ? error['extensions'] : {};
  const code = extensions['code'];
  const registry = extensions['registry'];
  const legalBases = extensions['legalBases'];
  const reason = extensions['reason'];
  const requestId = extensions['requestId'];
  const path = error['path'];
  return {
    code: isCode(code) ? code : 'INTERNAL',
    message: typeof error['message'] === 'string' ? error['message'] : 'Unknown error.',
    ...(typeof registry === 'string' ? { registry } : {}),
    ...(isStrings(legalBases) ? { legalBases } : {}),
    ...(typeof reason === 'string' ? { reason } : {}),
    ...(Array.isArray(path) ? { path: path.filter(isPathKey) } : {}),
    ...(typeof requestId === 'string' ? { requestId } : {}),
  };
}

/** The client's own error, for a gateway that could not be reached or read. */
export function networkError(message: string): DostError {
  return { code: 'NETWORK_ERROR', message };
}

function isCode(value: unknown): value is DostErrorCode {
  return typeof value === 'string' && (DOST_ERROR_CODES as readonly string[]).includes(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isPathKey(value: unknown): value is string | number {
  return typeof value === 'string' || typeof value === 'number';
}
