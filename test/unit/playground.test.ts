import { request, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPlayground,
  type PlaygroundExample,
} from '../../gateway/playground/createPlayground.ts';
import { DEFAULT_EXAMPLES } from '../../gateway/playground/defaultExamples.ts';
import { PLAYGROUND_CSP } from '../../gateway/playground/securityHeaders.ts';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** node:http sends the path verbatim, unlike fetch, which would normalise away `../`. */
function get(port: number, path: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

function configOf(html: string): {
  endpoint: string;
  tabs: { query: string; variables: string | null; headers: string | null }[];
  defaultPurpose: string;
} {
  const match = /<script type="application\/json" id="playground-config">(.*?)<\/script>/s.exec(
    html,
  );
  if (match?.[1] === undefined) throw new Error('config block missing');
  return JSON.parse(match[1]) as ReturnType<typeof configOf>;
}

function assetUrls(html: string): string[] {
  return [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) =>
    (m[1] ?? '').replace(/&amp;/g, '&'),
  );
}

describe('createPlayground', () => {
  let server: Server;
  let port: number;
  const playground = createPlayground();

  beforeAll(async () => {
    server = createServer((req, res) => {
      playground.handle(req, res).then(
        (handled) => {
          if (handled) return;
          res.statusCode = 404;
          res.end('not the playground');
        },
        (error: unknown) => {
          res.statusCode = 500;
          res.end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('serves a self-contained page with a strict CSP to browsers', async () => {
    const res = await get(port, '/graphql', { accept: HTML_ACCEPT });
    const html = res.body.toString('utf8');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(PLAYGROUND_CSP);
    expect(res.headers['content-security-policy']).toContain("script-src 'self';");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers.vary).toBe('Accept');
    expect(html).not.toMatch(/(?:src|href)="http/i);
    expect(html).not.toContain('//cdn');
    expect(html).not.toMatch(/https?:\/\//);
    // Only the JSON block is inline; every executable script is a served file.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>/);
    expect(html).toContain('<title>DOST One Window — playground</title>');
    expect(html).toContain('class="dost-notice"');
    expect(html).toContain('npm run token -- --role operator --sub op-17 --centre baku-1');
  });

  it('puts the examples in the config block as GraphiQL tabs', async () => {
    const res = await get(port, '/graphql', { accept: HTML_ACCEPT });
    const config = configOf(res.body.toString('utf8'));
    expect(config.endpoint).toBe('/graphql');
    expect(config.tabs).toHaveLength(DEFAULT_EXAMPLES.length);
    const first = config.tabs[0];
    expect(first?.query).toContain('query OldAgePensioner');
    expect(JSON.parse(first?.variables ?? 'null')).toEqual({ fin: '5ZK7P2Q' });
    // No tab has headers of its own: one token and purpose, in the page's form, go with all.
    expect(config.tabs.map((tab) => tab.headers)).toEqual(config.tabs.map(() => null));
    expect(config.defaultPurpose).toBe('SERVICE_APPLICATION:APP-2026-000002');
    expect(res.body.toString('utf8')).toMatch(
      /<form class="dost-headers" id="shared-headers"[^>]*>[\s\S]*name="token"[\s\S]*name="purpose"/,
    );
  });

  it('serves every asset the page references, with cache headers', async () => {
    const page = await get(port, '/graphql', { accept: HTML_ACCEPT });
    const urls = assetUrls(page.body.toString('utf8'));
    expect(urls.map((url) => url.replace(/\?.*/, ''))).toEqual([
      '/playground/graphiql.min.css',
      '/playground/playground.css',
      '/playground/react.production.min.js',
      '/playground/react-dom.production.min.js',
      '/playground/graphiql.min.js',
      '/playground/boot.js',
    ]);
    for (const url of urls) {
      const res = await get(port, url);
      expect(res.status, url).toBe(200);
      expect(res.headers['content-type'], url).toBe(
        url.includes('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(res.headers['cache-control']).toBe('public, max-age=86400, immutable');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.body.length, url).toBeGreaterThan(url.includes('/playground.css') ? 200 : 1000);
      expect(url).toContain(`?v=${String(res.headers.etag).replace(/"/g, '')}`);
    }
  });

  it('answers a matching If-None-Match with 304', async () => {
    const first = await get(port, '/playground/boot.js');
    const again = await get(port, '/playground/boot.js', {
      'if-none-match': String(first.headers.etag),
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it.each([
    '/playground/../package.json',
    '/playground/..%2f..%2fpackage.json',
    '/playground/%2e%2e/%2e%2e/package.json',
    '/playground/',
    '/playground/graphiql.min.js.map',
    '/playground/__proto__',
    '/playground/assets/boot.js',
  ])('answers %s with a plain-text 404', async (path) => {
    const res = await get(port, path);
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body.toString('utf8')).toBe('Not found');
  });

  it('leaves other paths and GraphQL requests to the next handler', async () => {
    expect((await get(port, '/graphql', { accept: 'application/json' })).body.toString()).toBe(
      'not the playground',
    );
    expect((await get(port, '/elsewhere', { accept: HTML_ACCEPT })).status).toBe(404);
  });

  it('refuses to write to assets', async () => {
    const res = await get(port, '/playground/boot.js', {}, 'POST');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD');
  });
});

describe('wantsPage', () => {
  const playground = createPlayground();
  const ask = (method: string, accept?: string) =>
    playground.wantsPage({ method, headers: accept === undefined ? {} : { accept } });

  it('is true for a browser navigation', () => {
    expect(ask('GET', HTML_ACCEPT)).toBe(true);
    expect(ask('GET', 'text/html')).toBe(true);
  });

  it('is false for GraphQL clients, curl and POST', () => {
    expect(ask('GET', 'application/json')).toBe(false);
    expect(ask('GET', 'application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(ask('GET', '*/*')).toBe(false);
    expect(ask('GET')).toBe(false);
    expect(ask('GET', 'text/html;q=0.5, application/json')).toBe(false);
    expect(ask('GET', 'text/html;q=0')).toBe(false);
    expect(ask('POST', HTML_ACCEPT)).toBe(false);
  });
});

describe('page rendering', () => {
  it('escapes the notice and title and keeps the config block from closing its script', async () => {
    const hostile: PlaygroundExample = {
      name: 'Hostile',
      query: 'query Hostile { __typename } # </script><script>alert(1)</script>',
    };
    const playground = createPlayground({
      title: '<b>t</b>',
      notice: 'Use <token> & "purpose"',
      examples: [hostile],
      endpoint: '/api/graphql',
      assetsPath: '/static/pg',
    });
    const server = createServer((req, res) => void playground.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const html = (await get(port, '/api/graphql', { accept: 'text/html' })).body.toString();
      expect(html).toContain('<title>&lt;b&gt;t&lt;/b&gt;</title>');
      expect(html).toContain('Use &lt;token&gt; &amp; &quot;purpose&quot;');
      // The config block plus the four served scripts; the hostile one stayed inside JSON.
      expect(html.match(/<\/script>/g)).toHaveLength(1 + 4);
      expect(configOf(html).tabs[0]?.query).toBe(hostile.query);
      expect(html).toContain('src="/static/pg/boot.js?v=');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('gives every default example an operation named after it', () => {
    for (const example of DEFAULT_EXAMPLES) {
      expect(example.query).toMatch(new RegExp(`^(query|mutation) ${example.name}\\b`, 'm'));
      expect(example.role).toBeDefined();
    }
  });
});
