import type { SessionClaims } from './Session.ts';

/**
 * Reads a JWT's claims without verifying it: only to label the page and pick the window. The
 * gateway verifies the token on every request, so a forged one gets nothing but a 401.
 */
export function readClaims(token: string): SessionClaims | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  let claims: unknown;
  try {
    claims = JSON.parse(decodeBase64Url(payload));
  } catch {
    return null;
  }
  if (typeof claims !== 'object' || claims === null) return null;
  const record = claims as Record<string, unknown>;
  const sub = record['sub'];
  const role = record['role'];
  if (typeof sub !== 'string' || typeof role !== 'string') return null;
  return {
    sub,
    role,
    ...optionalString(record, 'fin'),
    ...optionalString(record, 'centre'),
    ...optionalString(record, 'agency'),
    ...(typeof record['exp'] === 'number' ? { exp: record['exp'] } : {}),
  };
}

function optionalString(record: Record<string, unknown>, key: string): Record<string, string> {
  const value = record[key];
  return typeof value === 'string' ? { [key]: value } : {};
}

function decodeBase64Url(text: string): string {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}
