import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGateway } from '../../gateway/createGateway.ts';
import type { AuditWriter } from '@dost/audit-store/createAuditWriter.ts';
import { createLogger } from '@dost/platform/createLogger.ts';
import { readEnv } from '@dost/platform/env.ts';
import { createCertificateAuthority } from '@dost/platform/tls/createCertificateAuthority.ts';
import { issueCertificate } from '@dost/platform/tls/issueCertificate.ts';
import { loadGatewayTls, loadSubgraphTls } from '@dost/platform/tls/loadTlsIdentity.ts';
import { createTestKeys } from '../helpers/testKeys.ts';
import { createTestTls } from '../helpers/testTls.ts';

const dir = mkdtempSync(join(tmpdir(), 'dost-transport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PRODUCTION = { NODE_ENV: 'production', DOST_DATA_DIR: dir };
const REFUSED = /plain HTTP between the gateway and subgraphs is refused in production/;

describe('production refuses plain HTTP between the gateway and subgraphs', () => {
  it('calls every subgraph over https by default', () => {
    const env = readEnv(PRODUCTION);
    expect(Object.values(env.subgraphUrls).every((url) => url.startsWith('https://'))).toBe(true);
  });

  it('refuses an http:// subgraph URL unless DOST_ALLOW_PLAIN_SUBGRAPHS=true', () => {
    const plain = { ...PRODUCTION, DOST_PENSIONS_URL: 'http://pensions.internal/graphql' };
    expect(() => readEnv(plain)).toThrow(/DOST_PENSIONS_URL=http:\/\/pensions.internal/);
    expect(() => readEnv(plain)).toThrow(REFUSED);
    const allowed = readEnv({ ...plain, DOST_ALLOW_PLAIN_SUBGRAPHS: 'true' });
    expect(allowed.subgraphUrls['pensions']).toBe('http://pensions.internal/graphql');
  });

  it('refuses DOST_SUBGRAPH_TLS=off unless DOST_ALLOW_PLAIN_SUBGRAPHS=true', () => {
    const off = { ...PRODUCTION, DOST_SUBGRAPH_TLS: 'off' };
    expect(() => readEnv(off)).toThrow(/DOST_SUBGRAPH_TLS=off/);
    expect(readEnv({ ...off, DOST_ALLOW_PLAIN_SUBGRAPHS: 'true' }).subgraphTls).toBe(false);
  });

  it('allows plain HTTP in development when asked for', () => {
    const env = readEnv({ DOST_DATA_DIR: dir, DOST_SUBGRAPH_TLS: 'off' });
    expect(env.subgraphUrls['people']).toBe('http://127.0.0.1:4001/graphql');
  });

  it('wants all three certificate files or none', () => {
    expect(() => readEnv({ DOST_TLS_CERT_FILE: '/etc/dost/gateway.crt' })).toThrow(
      /set all of DOST_TLS_CA_FILE, DOST_TLS_CERT_FILE and DOST_TLS_KEY_FILE, or none/,
    );
  });

  it('does not build a gateway with an http:// subgraph when told to refuse them', () => {
    const audit: AuditWriter = {
      record: () => Promise.reject(new Error('not used')),
      check: () => Promise.resolve(true),
      flush: () => Promise.resolve(),
    };
    const supergraphSdl = readFileSync(
      new URL('../../schema/supergraph.graphql', import.meta.url),
      'utf8',
    );
    expect(() =>
      createGateway({
        supergraphSdl,
        subgraphUrls: { people: 'https://people.internal/graphql' },
        refusePlainSubgraphs: true,
        clientAuth: {
          issuer: 'i',
          audience: 'a',
          key: { kind: 'secret', secret: new Uint8Array(32) },
        },
        internalSecret: createTestKeys().internalSecret,
        audit,
        log: createLogger({ level: 'silent' }),
      }),
    ).toThrow(/Subgraphs without TLS: .*pensions \(http:\/\/127\.0\.0\.1:4002\/graphql\)/);
  });
});

describe('loading the TLS certificates', () => {
  const file = (name: string, content: string) => {
    const path = join(dir, name);
    writeFileSync(path, content, { mode: 0o600 });
    return path;
  };

  it('refuses the development CA in production, with or without the files', async () => {
    await expect(loadGatewayTls(readEnv(PRODUCTION))).rejects.toThrow(
      /In production set DOST_TLS_CA_FILE.*the development CA is refused/,
    );
    const dev = await createTestTls();
    const pointedAtDev = readEnv({
      ...PRODUCTION,
      DOST_TLS_CA_FILE: file('dev-ca.crt', dev.gateway.ca),
      DOST_TLS_CERT_FILE: file('dev-gateway.crt', dev.gateway.cert),
      DOST_TLS_KEY_FILE: file('dev-gateway.key', dev.gateway.key),
    });
    await expect(loadGatewayTls(pointedAtDev)).rejects.toThrow(/holds the development CA/);
  });

  it("takes an agency CA's certificates from the files in production", async () => {
    const ca = await createCertificateAuthority({ name: 'DOST Interagency CA' });
    const server = await issueCertificate({
      ca,
      name: 'dost-pensions',
      profile: 'server',
      hosts: ['pensions.internal'],
    });
    const env = readEnv({
      ...PRODUCTION,
      DOST_TLS_CA_FILE: file('ca.crt', ca.cert),
      DOST_TLS_CERT_FILE: file('pensions.crt', server.cert),
      DOST_TLS_KEY_FILE: file('pensions.key', server.key),
      DOST_TLS_ALLOWED_CLIENTS: 'dost-gateway-a, dost-gateway-b',
    });
    const tls = await loadSubgraphTls(env, {
      name: 'pensions',
      url: env.subgraphUrls['pensions'] ?? '',
    });
    expect(tls).toEqual({
      ca: ca.cert,
      cert: server.cert,
      key: server.key,
      allowedClients: ['dost-gateway-a', 'dost-gateway-b'],
    });
  });

  it('has nothing to load when DOST_SUBGRAPH_TLS=off', async () => {
    const env = readEnv({ DOST_DATA_DIR: dir, DOST_SUBGRAPH_TLS: 'off' });
    expect(await loadGatewayTls(env)).toBeNull();
    expect(
      await loadSubgraphTls(env, { name: 'people', url: env.subgraphUrls['people'] ?? '' }),
    ).toBeNull();
  });
});
