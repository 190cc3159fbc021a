import type { IncomingMessage } from 'node:http';
import { ERRORS, type ErrorDefinition } from './errors.ts';

export type BodyResult =
  { ok: true; text: string } | { ok: false; error: ErrorDefinition; message?: string };

/** Reads a request body up to `limit` bytes; the rest is never buffered. */
export async function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > limit) {
    req.resume();
    return tooLarge(limit);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) {
      req.resume();
      return tooLarge(limit);
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  // Invalid UTF-8 would otherwise be replaced silently and reach resolvers as U+FFFD.
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: ERRORS.BAD_REQUEST,
      message: 'The request body is not valid UTF-8.',
    };
  }
}

function tooLarge(limit: number): BodyResult {
  return {
    ok: false,
    error: ERRORS.PAYLOAD_TOO_LARGE,
    message: `The request body is larger than ${limit} bytes.`,
  };
}
