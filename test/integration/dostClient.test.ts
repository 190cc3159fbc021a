import { createDostClient, type DostClient } from '@dost/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CitizenSummaryDocument,
  MyAccessLogDocument,
  OperatorQueueDocument,
} from '../../clients/generated/graphql.ts';
import { caseOf, startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

describe('@dost/client against the gateway', () => {
  let system: RunningSystem;
  let operatorToken: string;
  let citizenToken: string;
  const sent: string[] = [];
  const client = (token: string | null, purpose: string | null = null): DostClient =>
    createDostClient({
      url: system.gatewayUrl,
      token: () => token,
      purpose: () => purpose,
      fetch: (input, init) => {
        sent.push(String(init?.body));
        return fetch(input, init);
      },
    });

  beforeAll(async () => {
    system = await startSystem(
      { name: 'sqlite', url: undefined },
      // Client roles send ids only, as in production.
      {
        citizens: 40,
        gateway: { documents: { manifest: TRUSTED_MANIFEST, freeformRoles: [] } },
      },
    );
    operatorToken = await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' });
    citizenToken = await system.token({ sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' });
  }, 90_000);
  afterAll(() => system.close());

  it('returns typed data for a trusted document, sending its id and not its text', async () => {
    const result = await client(operatorToken, caseOf('3HRT9WX')).execute(CitizenSummaryDocument, {
      fin: '3HRT9WX',
    });
    if (!result.ok) throw new Error(result.error.message);
    // Typed: the generated result type names these fields.
    expect(result.data.citizen?.fin).toBe('3HRT9WX');
    expect(result.data.citizen?.fullName).toBeTypeOf('string');
    expect(result.partial).toBe(false);
    const body = JSON.parse(sent.at(-1) ?? '{}') as Record<string, unknown>;
    expect(body['documentId']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(body).not.toHaveProperty('query');
  });

  it('pages a citizen’s own access log', async () => {
    const result = await client(citizenToken).execute(MyAccessLogDocument, { first: 2 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.data.me?.fin).toBe('5ZK7P2Q');
    expect(Array.isArray(result.data.me?.accessLog.edges)).toBe(true);
  });

  it('returns UNAUTHENTICATED without a token, as a value', async () => {
    const result = await client(null).execute(CitizenSummaryDocument, { fin: '5ZK7P2Q' });
    expect(result).toMatchObject({ ok: false, status: 401, error: { code: 'UNAUTHENTICATED' } });
  });

  it('returns PURPOSE_REQUIRED with the legal bases the role may cite', async () => {
    const result = await client(operatorToken).execute(CitizenSummaryDocument, { fin: '5ZK7P2Q' });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.status).toBe(403);
    expect(result.error.code).toBe('PURPOSE_REQUIRED');
    expect(result.error.legalBases).toContain('SERVICE_APPLICATION');
  });

  it("returns CASE_NOT_VALID with its reason for a read citing another citizen's case", async () => {
    const result = await client(operatorToken, caseOf('3HRT9WX')).execute(CitizenSummaryDocument, {
      fin: '5ZK7P2Q',
    });
    if (result.ok) throw new Error('expected a refusal');
    expect(result.status).toBe(403);
    expect(result.error).toMatchObject({ code: 'CASE_NOT_VALID', reason: 'OTHER_CITIZEN' });
  });

  it('returns a partial answer naming the registry that did not answer', async () => {
    let result: Awaited<ReturnType<DostClient['execute']>> | undefined;
    await system.restartSubgraph('pensions', {
      whileDown: async () => {
        result = await client(operatorToken, STAFF_PURPOSE).execute(OperatorQueueDocument, {
          fins: ['5ZK7P2Q'],
        });
      },
    });
    if (result === undefined || !result.ok) throw new Error('expected a partial answer');
    expect(result.partial).toBe(true);
    expect(result.errors).toContainEqual(
      expect.objectContaining({ code: 'REGISTRY_UNAVAILABLE', registry: 'pensions' }),
    );
  });

  it('returns NETWORK_ERROR when the gateway cannot be reached', async () => {
    const offline = createDostClient({ url: 'http://127.0.0.1:9/graphql' });
    const result = await offline.execute(CitizenSummaryDocument, { fin: '5ZK7P2Q' });
    expect(result).toMatchObject({ ok: false, error: { code: 'NETWORK_ERROR' } });
  });
});
