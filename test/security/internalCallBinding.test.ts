import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_TABLES } from '@dost/audit-store/auditTables.ts';
import { INTERNAL_TOKEN_HEADER } from '@dost/platform/internalToken.ts';
import { PURPOSE_OF } from '../helpers/purposes.ts';
import { startSystem, type RunningSystem } from '../helpers/startSystem.ts';
import { testDialects } from '../helpers/testDatabases.ts';

/** One gateway → subgraph call as someone on the path between them would see it. */
interface CapturedCall {
  readonly origin: string;
  readonly token: string;
  readonly body: string;
}

/**
 * undici publishes every request it creates on this channel, whatever the transport (plain
 * or TLS): the test reads the gateway's calls exactly as they leave it, as an eavesdropper
 * on the wire would, without changing what the gateway sends.
 */
function captureCalls(): { calls: CapturedCall[]; stop(): void } {
  const calls: CapturedCall[] = [];
  const onCreate = (message: unknown) => {
    const request = (message as { request?: Record<string, unknown> }).request;
    if (request === undefined) return;
    const token = headerOf(request['headers'], INTERNAL_TOKEN_HEADER);
    const body = request['body'];
    if (token === undefined) return;
    calls.push({
      origin: String(request['origin']),
      token,
      body: typeof body === 'string' ? body : Buffer.from(body as Uint8Array).toString('utf8'),
    });
  };
  subscribe('undici:request:create', onCreate);
  return { calls, stop: () => unsubscribe('undici:request:create', onCreate) };
}

function headerOf(headers: unknown, name: string): string | undefined {
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length - 1; i += 2) {
      if (String(headers[i]).toLowerCase() === name) return String(headers[i + 1]);
    }
    return undefined;
  }
  if (typeof headers === 'string') {
    const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`));
    return line?.slice(name.length + 1).trim();
  }
  return undefined;
}

const ENTITY_DIAGNOSES =
  'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { disability { diagnoses { icd10 description } } } } }';

const [sqlite] = testDialects();

describe('a captured gateway → subgraph call cannot be reused', () => {
  let system: RunningSystem;
  let captured: CapturedCall;
  let victim: string;

  beforeAll(async () => {
    if (sqlite === undefined) throw new Error('no SQLite dialect');
    system = await startSystem(sqlite, { citizens: 100 });
    // Another person with diagnoses on file: the one the attacker is after.
    const rows = (await system.dbs
      .disability('tse_qerar as q')
      .join('tse_diaqnoz as d', 'd.qerar_id', 'q.id')
      .whereNot('q.fin', '7DMV4LA')
      .distinct('q.fin')) as { fin: string }[];
    const first = rows[0];
    if (first === undefined) throw new Error('the seed has no second person with diagnoses');
    victim = first.fin;

    const tap = captureCalls();
    try {
      const result = await system.query(
        '{ citizen(fin: "7DMV4LA") { disability { diagnoses { icd10 } } } }',
        {
          token: await system.token({ sub: 'do-1', role: 'disability_officer', agency: 'tse' }),
          headers: { 'x-dost-purpose': PURPOSE_OF.disability_officer },
        },
      );
      expect(result.errors).toBeUndefined();
    } finally {
      tap.stop();
    }
    const disabilityOrigin = new URL(system.subgraphUrls.disability).origin;
    const call = tap.calls.find((c) => c.origin === disabilityOrigin);
    if (call === undefined) throw new Error('no call to the disability subgraph was seen');
    captured = call;
  });
  afterAll(() => system.close());

  // Replayed over the gateway's own mutual TLS (its client certificate): the worst case, an
  // attacker who holds that certificate too, so that only the token binding stands in the way.
  const replay = async (url: string, body: string, token = captured.token) => {
    const response = await request(url, {
      dispatcher: system.subgraphDispatcher,
      method: 'POST',
      headers: { 'content-type': 'application/json', [INTERNAL_TOKEN_HEADER]: token },
      body,
    });
    return { status: response.statusCode, text: await response.body.text() };
  };

  const auditCount = async () =>
    Number(
      ((await system.auditDb(AUDIT_TABLES.record).count({ n: '*' }).first()) as { n: unknown }).n,
    );

  it('refuses the captured token with another query about another citizen', async () => {
    const before = await auditCount();
    const forged = JSON.stringify({
      query: ENTITY_DIAGNOSES,
      variables: { r: [{ __typename: 'Citizen', fin: victim }] },
    });
    const result = await replay(system.subgraphUrls.disability, forged);
    expect(result.status).toBe(401);
    expect(result.text).toContain('UNAUTHENTICATED');
    expect(result.text).not.toContain('icd10":"');
    // Nothing left, so there is nothing to record; and nothing was recorded behind our back.
    expect(await auditCount()).toBe(before);
  });

  it('refuses the same body sent a second time', async () => {
    const result = await replay(system.subgraphUrls.disability, captured.body);
    expect(result.status).toBe(401);
    expect(result.text).not.toContain('icd10":"');
  });

  it('refuses the captured token at another subgraph', async () => {
    const result = await replay(system.subgraphUrls.pensions, captured.body);
    expect(result.status).toBe(401);
  });

  it('still serves the gateway, which signs every call afresh', async () => {
    const token = await system.token({ sub: 'do-1', role: 'disability_officer', agency: 'tse' });
    for (let i = 0; i < 2; i += 1) {
      const result = await system.query(
        `{ citizen(fin: "${victim}") { disability { diagnoses { icd10 } } } }`,
        { token, headers: { 'x-dost-purpose': PURPOSE_OF.disability_officer } },
      );
      expect(result.errors).toBeUndefined();
      expect(JSON.stringify(result.data)).toContain('icd10');
    }
  });
});
