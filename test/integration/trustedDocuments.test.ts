import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishManifest } from '../../scripts/codegen/publishManifest.ts';
import { testDialects } from '../helpers/testDatabases.ts';
import { caseOf, startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

const SUPERGRAPH = readFileSync(
  new URL('../../schema/supergraph.graphql', import.meta.url),
  'utf8',
);

/** The manifest id of the generated operation named `name`. */
function idOf(name: string): string {
  const entry = Object.entries(TRUSTED_MANIFEST).find(([, text]) => text.includes(`query ${name}`));
  if (entry === undefined) throw new Error(`no ${name} in the manifest`);
  return entry[0];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const POLL_MS = 150;

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const codeOf = (body: Record<string, unknown>) =>
  (body['errors'] as { extensions?: { code?: string } }[] | undefined)?.[0]?.extensions?.code;

describe.each(testDialects())('trusted documents ($name)', (dialect) => {
  let system: RunningSystem;
  let replicaUrl: string;
  let operator: Record<string, string>;
  let citizen: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect, {
      citizens: 40,
      schemaRegistry: { pollMs: POLL_MS },
      // Production's policy for client roles: citizens send ids only; staff may send text.
      gateway: { documents: { manifest: TRUSTED_MANIFEST, freeformRoles: ['operator'] } },
    });
    replicaUrl = await system.addGateway();
    operator = {
      authorization: `Bearer ${await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' })}`,
      'x-dost-purpose': STAFF_PURPOSE,
    };
    citizen = {
      authorization: `Bearer ${await system.token({ sub: 'c-1', role: 'citizen', fin: '5ZK7P2Q' })}`,
    };
  }, 90_000);
  afterAll(async () => {
    await system.close();
  });

  it('serves a manifest document by GraphQL-over-HTTP documentId and by Apollo hash', async () => {
    const id = idOf('CitizenSummary');
    const byId = await post(
      system.gatewayUrl,
      { documentId: `sha256:${id}`, variables: { fin: '5ZK7P2Q' } },
      operator,
    );
    expect(byId.body['errors']).toBeUndefined();
    expect(byId.body['data']).toMatchObject({ citizen: { fin: '5ZK7P2Q' } });
    const byHash = await post(
      system.gatewayUrl,
      {
        variables: { fin: '5ZK7P2Q' },
        extensions: { persistedQuery: { version: 1, sha256Hash: id } },
      },
      operator,
    );
    expect(byHash.body).toEqual(byId.body);
  });

  it('serves a document id in a GET query string', async () => {
    const params = new URLSearchParams({ documentId: `sha256:${idOf('MyAccessLog')}` });
    const response = await fetch(`${system.gatewayUrl}?${params.toString()}`, {
      headers: { ...citizen, 'apollo-require-preflight': 'true' },
    });
    const body = (await response.json()) as Record<string, unknown>;
    expect(body['errors']).toBeUndefined();
    expect(body['data']).toMatchObject({ me: { fin: '5ZK7P2Q' } });
  });

  it('refuses an unknown id with a coded 400, before any work', async () => {
    const unknown = await post(
      system.gatewayUrl,
      { documentId: `sha256:${sha256('nope')}` },
      operator,
    );
    expect(unknown.status).toBe(400);
    expect(codeOf(unknown.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    const malformed = await post(system.gatewayUrl, { documentId: 'sha256:xyz' }, operator);
    expect(malformed.status).toBe(400);
    expect(codeOf(malformed.body)).toBe('BAD_REQUEST');
  });

  it('refuses operation text from a role limited to trusted documents; staff may send it', async () => {
    const text = TRUSTED_MANIFEST[idOf('MyAccessLog')];
    const fromCitizen = await post(system.gatewayUrl, { query: text }, citizen);
    expect(fromCitizen.status).toBe(403);
    expect(codeOf(fromCitizen.body)).toBe('PERSISTED_QUERY_REQUIRED');
    const fromOperator = await post(
      system.gatewayUrl,
      { query: '{ citizen(fin: "9BQ6YTJ") { fin } }' },
      { ...operator, 'x-dost-purpose': caseOf('9BQ6YTJ') },
    );
    expect(fromOperator.body['errors']).toBeUndefined();
  });

  it('registers nothing from Apollo APQ: a hash sent with its text stays unknown', async () => {
    const query = '{ citizen(fin: "9BQ6YTJ") { fullName } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const register = await post(
      system.gatewayUrl,
      { query, extensions },
      { ...operator, 'x-dost-purpose': caseOf('9BQ6YTJ') },
    );
    expect(register.body['errors']).toBeUndefined();
    const again = await post(system.gatewayUrl, { extensions }, operator);
    expect(codeOf(again.body)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('serves a published manifest on every replica without a restart, and refuses a broken one', async () => {
    const text = 'query PublishedLater($fin: FIN!) { citizen(fin: $fin) { fin birthDate } }';
    const id = sha256(text);
    const body = { documentId: `sha256:${id}`, variables: { fin: '5ZK7P2Q' } };
    for (const url of [system.gatewayUrl, replicaUrl]) {
      expect(codeOf((await post(url, body, citizen)).body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    const registry = system.schemaRegistry;
    if (registry === null) throw new Error('no registry');
    const published = await publishManifest({
      store: registry.manifests,
      // A new front-end release: the generated manifest plus one new operation.
      documents: { ...TRUSTED_MANIFEST, [id]: text },
      supergraphSdl: SUPERGRAPH,
      replace: false,
      publishedBy: 'test',
    });
    expect(published).toMatchObject({ ok: true, recorded: true });
    // Each replica follows the registry on its own schedule (and prepares the manifest before
    // serving it), so each is waited for.
    for (const url of [replicaUrl, system.gatewayUrl]) {
      await expect
        .poll(async () => (await post(url, body, citizen)).body['data'], { timeout: 5_000 })
        .toEqual({ citizen: { fin: '5ZK7P2Q', birthDate: expect.any(String) as unknown } });
    }
    expect((await post(system.gatewayUrl, body, citizen)).body['errors']).toBeUndefined();
    // The release's other documents are served too.
    const old = await post(replicaUrl, { documentId: idOf('MyAccessLog') }, citizen);
    expect(old.body['errors']).toBeUndefined();

    // A manifest a gateway cannot serve is refused by publish, and by a gateway if forced in.
    const broken = 'query Broken { citizen(fin: "5ZK7P2Q") { noSuchField } }';
    const refused = await publishManifest({
      store: registry.manifests,
      documents: { [sha256(broken)]: broken },
      supergraphSdl: SUPERGRAPH,
      replace: true,
      publishedBy: 'test',
    });
    expect(refused.ok).toBe(false);
    const latest = await registry.manifests.latestManifest();
    await registry.manifests.recordManifest({
      documents: { [sha256(broken)]: broken },
      basedOn: latest?.version ?? null,
      publishedBy: 'forced',
    });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS * 4));
    for (const url of [system.gatewayUrl, replicaUrl]) {
      expect((await post(url, body, citizen)).body['errors']).toBeUndefined();
    }
  });
});
