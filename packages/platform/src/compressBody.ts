import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Response compression for GraphQL answers. */
export interface CompressionOptions {
  /** Bodies shorter than this are sent as they are: compressing them saves nothing. @default 1024 */
  readonly minBytes?: number;
}

export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * The encoding to answer with, from an Accept-Encoding header: br or gzip, whichever the
 * client weighs higher (br on a tie), or null for none. `q=0` refuses an encoding; `*`
 * stands for any not named.
 */
export function negotiateEncoding(header: string | undefined): Encoding | null {
  if (header === undefined || header === '') return null;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    const weight = q === undefined ? 1 : Number(q);
    if (name !== '' && Number.isFinite(weight)) weights.set(name, weight);
  }
  const weightOf = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/**
 * Compresses a body off the event loop (zlib's thread pool). Brotli at quality 4 costs about
 * what gzip's default does while still compressing JSON better; the default 11 is meant for
 * static files compressed once, not for every answer.
 */
export function compressBody(body: string, encoding: Encoding): Promise<Buffer> {
  return encoding === 'br'
    ? brotli(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 4,
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_SIZE_HINT]: Buffer.byteLength(body),
        },
      })
    : gzipAsync(body);
}
