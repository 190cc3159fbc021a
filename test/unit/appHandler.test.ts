import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_CSP } from '../../gateway/app/appSecurityHeaders.ts';
import { createAppHandler } from '../../gateway/app/createAppHandler.ts';

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** node:http sends the path verbatim, unlike fetch, which would normalise away `../`. */
function send(port: number, path: string, method = 'GET') {
  return new Promise<RawResponse>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the app handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'dost-app-'));
  const dist = join(root, 'dist');
  let server: Server;
  let port: number;

  beforeAll(async () => {
    const handle = createAppHandler({ dir: dist });
    server = createServer((req, res) => {
      void handle(req, res).then((handled) => {
        if (!handled) res.writeHead(418).end('not the app');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(root, { recursive: true, force: true });
  });

  it('answers 503 until the app is built, then serves the build without a restart', async () => {
    expect((await send(port, '/app/')).status).toBe(503);
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1)');
    writeFileSync(join(dist, 'assets', 'index-abc123.js.map'), '{}');
    writeFileSync(join(root, 'secret.txt'), 'secret');
    const page = await send(port, '/app/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
  });

  it('serves the page under a CSP with no inline script or style, and hashed assets for a year', async () => {
    const page = await send(port, '/app/?fin=5ZK7P2Q');
    expect(page.headers['content-security-policy']).toBe(APP_CSP);
    expect(APP_CSP).toContain("script-src 'self'");
    expect(APP_CSP).not.toContain('unsafe-inline');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const asset = await send(port, '/app/assets/index-abc123.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('redirects the bare path to the app’s folder', async () => {
    const response = await send(port, '/app');
    expect(response.status).toBe(308);
    expect(response.headers.location).toBe('/app/');
  });

  it('serves only files of the build, by exact name', async () => {
    for (const path of [
      '/app/../secret.txt',
      '/app/assets/../../secret.txt',
      '/app/%2e%2e/secret.txt',
      '/app/assets/index-abc123.js.map',
      '/app/missing.js',
    ]) {
      const response = await send(port, path);
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('secret');
    }
  });

  it('refuses anything but GET and HEAD, and leaves other paths alone', async () => {
    expect((await send(port, '/app/', 'POST')).status).toBe(405);
    expect((await send(port, '/app/', 'HEAD')).status).toBe(200);
    expect((await send(port, '/graphql')).status).toBe(418);
    expect((await send(port, '/application')).status).toBe(418);
  });
});
