import { X509Certificate } from 'node:crypto';
import { readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkClientCertificate } from '@dost/platform/tls/checkClientCertificate.ts';
import { issueCertificate } from '@dost/platform/tls/issueCertificate.ts';
import {
  loadOrCreateDevCa,
  loadOrCreateDevIdentity,
} from '@dost/platform/tls/loadOrCreateDevTls.ts';
import { GATEWAY_CLIENT_NAME } from '@dost/platform/tls/TlsIdentity.ts';
import { createTestTls } from '../helpers/testTls.ts';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const mode = (path: string) => statSync(path).mode & 0o777;

describe('the development CA', () => {
  it('is made once when several callers ask at the same moment, its key readable by the owner only', async () => {
    const { dir } = await createTestTls();
    rmSync(join(dir, 'tls'), { recursive: true });
    const cas = await Promise.all(Array.from({ length: 6 }, () => loadOrCreateDevCa(dir)));
    expect(new Set(cas.map((ca) => ca.cert)).size).toBe(1);
    expect(readFileSync(join(dir, 'tls', 'dev-ca.pem'), 'utf8')).toBe(
      `${cas[0]?.key.trim()}\n${cas[0]?.cert.trim()}\n`,
    );
    expect(mode(join(dir, 'tls', 'dev-ca.pem'))).toBe(0o600);
    expect(mode(join(dir, 'tls'))).toBe(0o700);
    const publicCopy = readFileSync(join(dir, 'tls', 'dev-ca.crt'), 'utf8');
    expect(publicCopy).toBe(cas[0]?.cert);
    expect(publicCopy).not.toContain('PRIVATE KEY');
  });

  it('issues certificates with one extended key usage each, the server one for its hosts', async () => {
    const tls = await createTestTls();
    const gateway = new X509Certificate(tls.gateway.cert);
    const server = new X509Certificate((await tls.subgraph('pensions')).cert);
    expect(gateway.keyUsage).toEqual([CLIENT_AUTH]);
    expect(gateway.subject).toBe(`CN=${GATEWAY_CLIENT_NAME}`);
    expect(server.keyUsage).toEqual([SERVER_AUTH]);
    expect(server.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1');
    const ca = new X509Certificate(tls.gateway.ca);
    expect(ca.ca).toBe(true);
    expect(gateway.checkIssued(ca) && gateway.verify(ca.publicKey)).toBe(true);
    expect(server.checkIssued(ca) && server.verify(ca.publicKey)).toBe(true);
    expect(mode(join(tls.dir, 'tls', 'dost-pensions.pem'))).toBe(0o600);
  });

  it('reuses a certificate while it fits, and reissues it for new hosts or a new CA', async () => {
    const { dir } = await createTestTls();
    const request = { name: 'dost-people', profile: 'server' as const, hosts: ['127.0.0.1'] };
    const first = await loadOrCreateDevIdentity(dir, request);
    expect((await loadOrCreateDevIdentity(dir, request)).cert).toBe(first.cert);
    const moved = await loadOrCreateDevIdentity(dir, { ...request, hosts: ['registry.local'] });
    expect(moved.cert).not.toBe(first.cert);
    expect(new X509Certificate(moved.cert).subjectAltName).toBe('DNS:registry.local');
    rmSync(join(dir, 'tls', 'dev-ca.pem'));
    const renewed = await loadOrCreateDevIdentity(dir, { ...request, hosts: ['registry.local'] });
    expect(renewed.ca).not.toBe(moved.ca);
    expect(
      new X509Certificate(renewed.cert).verify(new X509Certificate(renewed.ca).publicKey),
    ).toBe(true);
  });
});

describe("a subgraph's check of a client certificate", () => {
  const allowed = [GATEWAY_CLIENT_NAME];

  it("lets the gateway's client certificate in", async () => {
    const tls = await createTestTls();
    expect(checkClientCertificate(new X509Certificate(tls.gateway.cert), allowed)).toEqual({
      allowed: true,
      name: GATEWAY_CLIENT_NAME,
    });
  });

  it('refuses no certificate, a server certificate, and a client certificate naming someone else', async () => {
    const tls = await createTestTls();
    const ca = await loadOrCreateDevCa(tls.dir);
    // A server certificate that even carries the gateway's name: its usage gives it away.
    const lookalike = await issueCertificate({ ca, name: GATEWAY_CLIENT_NAME, profile: 'server' });
    const bank = await issueCertificate({ ca, name: 'kapital-bank', profile: 'client' });
    expect(checkClientCertificate(undefined, allowed)).toMatchObject({ allowed: false });
    expect(checkClientCertificate(new X509Certificate(lookalike.cert), allowed)).toEqual({
      allowed: false,
      reason: 'not a client-authentication certificate',
    });
    expect(checkClientCertificate(new X509Certificate(bank.cert), allowed)).toEqual({
      allowed: false,
      reason: 'client kapital-bank is not allowed',
    });
    expect(checkClientCertificate(new X509Certificate(bank.cert), ['kapital-bank'])).toMatchObject({
      allowed: true,
    });
  });
});
