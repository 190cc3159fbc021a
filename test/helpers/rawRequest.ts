import { request } from 'node:http';

export interface RawReply {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly text: string;
}

export interface RawRequest {
  /** @default 'POST' */
  method?: string;
  /** Sent as given: no content type or length is added. */
  headers?: Record<string, string>;
  /** Bytes or text; sent in pieces with chunked encoding when `chunks` > 1. */
  body?: Buffer | string;
  /** @default 1 */
  chunks?: number;
  /** Query string, with its `?`. */
  search?: string;
}

/**
 * One HTTP request through node:http, which, unlike fetch, sends malformed bytes, any
 * content type and chunked bodies exactly as asked.
 */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawReply> {
  const { method = 'POST', headers = {}, body, chunks = 1, search = '' } = options;
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${search}`,
        method,
        headers,
      },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text: Buffer.concat(parts).toString(),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    const bytes = body === undefined ? Buffer.alloc(0) : Buffer.from(body);
    if (chunks <= 1) {
      if (bytes.length > 0 && headers['content-length'] === undefined)
        req.setHeader('content-length', bytes.length);
      req.end(bytes);
      return;
    }
    const size = Math.ceil(bytes.length / chunks);
    for (let at = 0; at < bytes.length; at += size) req.write(bytes.subarray(at, at + size));
    req.end();
  });
}
