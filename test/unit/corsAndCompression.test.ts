import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { createGraphQLHandler } from '@dost/platform/createGraphQLHandler.ts';
import { negotiateEncoding } from '@dost/platform/compressBody.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { listen, type Listening } from '@dost/platform/listen.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const APP = 'https://app.dost.gov.az';

/** node:http, so that nothing decompresses the answer before the test reads it. */
function send(
  url: string,
  {
    method = 'POST',
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>(
    (resolve, reject) => {
      const req = request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks),
          }),
        );
      });
      req.on('error', reject);
      req.end(body);
    },
  );
}

describe('the GraphQL handler’s CORS and compression', () => {
  let server: ApolloServer;
  let listening: Listening;
  const json = { 'content-type': 'application/json' };
  const big = JSON.stringify({ query: '{ big }' });
  const small = JSON.stringify({ query: '{ small }' });

  beforeAll(async () => {
    server = new ApolloServer({
      typeDefs: 'type Query { big: String small: String }',
      resolvers: { Query: { big: () => 'one window '.repeat(400), small: () => 'ok' } },
    });
    await server.start();
    const handler = createGraphQLHandler({
      server,
      context: () => Promise.resolve({}),
      cors: { origins: [APP] },
    });
    listening = await listen([handler], { log: createLogger({ level: 'silent' }) });
  });
  afterAll(async () => {
    await listening.close();
    await server.stop();
  });

  it('answers a preflight from a configured origin, never allowing credentials', async () => {
    const res = await send(listening.url, {
      method: 'OPTIONS',
      headers: {
        origin: APP,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, x-dost-purpose',
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-allow-methods']).toBe('GET, POST');
    expect(res.headers['access-control-allow-headers']).toContain('x-dost-purpose');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    expect(res.headers['vary']).toContain('Origin');
  });

  it('gives another origin no CORS headers, so the browser refuses', async () => {
    const preflight = await send(listening.url, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const post = await send(listening.url, {
      headers: { ...json, origin: 'https://evil.example' },
      body: small,
    });
    expect(post.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('lets a configured origin read the answer and its request id', async () => {
    const res = await send(listening.url, { headers: { ...json, origin: APP }, body: small });
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-expose-headers']).toContain('x-request-id');
  });

  it('compresses a large answer with br or gzip as the client prefers', async () => {
    const br = await send(listening.url, {
      headers: { ...json, 'accept-encoding': 'gzip, deflate, br' },
      body: big,
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['vary']).toContain('Accept-Encoding');
    const text = brotliDecompressSync(br.body).toString('utf8');
    expect(JSON.parse(text)).toMatchObject({
      data: { big: expect.stringContaining('one window') },
    });
    expect(br.body.length).toBeLessThan(text.length / 4);

    const gz = await send(listening.url, {
      headers: { ...json, 'accept-encoding': 'gzip' },
      body: big,
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString('utf8')).toBe(text);

    const plain = await send(listening.url, { headers: json, body: big });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(text);
  });

  it('sends a tiny answer as it is', async () => {
    const res = await send(listening.url, {
      headers: { ...json, 'accept-encoding': 'br, gzip' },
      body: small,
    });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(res.body.toString('utf8'))).toEqual({ data: { small: 'ok' } });
  });
});

describe('negotiateEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, br', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, br;q=0', null],
  ] as const)('%s → %s', (header, expected) => {
    expect(negotiateEncoding(header)).toBe(expected);
  });
});
