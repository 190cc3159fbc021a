import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { connect } from 'node:tls';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@dost/platform/createLogger.ts';
import type { RequestHandler } from '@dost/platform/createGraphQLHandler.ts';
import { listen } from '@dost/platform/listen.ts';
import { testTls } from '../helpers/testTls.ts';

const log = createLogger({ level: 'silent' });

/** Answers after `ms`, or never when `ms` is null. */
function slow(ms: number | null): RequestHandler {
  return (_req, res) =>
    new Promise((resolve) => {
      if (ms === null) return;
      setTimeout(() => {
        res.end('done');
        resolve(true);
      }, ms);
    });
}

function get(port: number, agent: Agent | HttpsAgent) {
  const send = agent instanceof HttpsAgent ? httpsRequest : request;
  return new Promise<{ status: number; connection: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = send({ host: '127.0.0.1', port, agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, connection: res.headers.connection, body }),
        );
      });
      req.on('error', reject);
      req.end();
    },
  );
}

describe('listen().close()', () => {
  it('finishes in-flight requests, refuses new connections, and does not wait for keep-alive', async () => {
    const server = await listen([slow(300)], { log });
    const agent = new Agent({ keepAlive: true });
    await get(server.port, agent); // leaves a kept-alive socket behind
    const inFlight = get(server.port, agent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const closed = server.close();
    expect(await inFlight).toEqual({ status: 200, connection: 'close', body: 'done' });
    await closed;
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect(get(server.port, new Agent())).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    agent.destroy();
  });

  it('cuts a request that outlives the drain timeout', async () => {
    const server = await listen([slow(null)], { log, drainTimeout: 200 });
    const hung = get(server.port, new Agent()).catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hung).toMatchObject({ code: 'ECONNRESET' });
  });
});

describe('listen() over mutual TLS', () => {
  it('drains in-flight requests on close, as over plain HTTP', async () => {
    const tls = await testTls();
    const server = await listen([slow(300)], { log, tls: await tls.subgraph('people') });
    expect(server.url).toMatch(/^https:/);
    const agent = new HttpsAgent({ keepAlive: true, ...tls.gateway });
    await get(server.port, agent); // leaves a kept-alive TLS socket behind
    const inFlight = get(server.port, agent);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    const closed = server.close();
    expect(await inFlight).toEqual({ status: 200, connection: 'close', body: 'done' });
    await closed;
    expect(Date.now() - started).toBeLessThan(2_000);
    agent.destroy();
  });

  it('answers an unparsable request inside the TLS session with a coded JSON error', async () => {
    const tls = await testTls();
    const server = await listen([slow(0)], { log, tls: await tls.subgraph('people') });
    const socket = connect({ host: '127.0.0.1', port: server.port, ...tls.gateway });
    await new Promise((resolve) => socket.once('secureConnect', resolve));
    socket.end('NOT HTTP AT ALL\r\n\r\n');
    let answer = '';
    for await (const chunk of socket) answer += String(chunk);
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
    expect(answer).toContain('"code":"BAD_REQUEST"');
    await server.close();
  });
});
