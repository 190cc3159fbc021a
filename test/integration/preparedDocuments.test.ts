import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DocumentWork } from '../../gateway/documents/createDocumentPreparation.ts';
import { publishManifest } from '../../scripts/codegen/publishManifest.ts';
import { startSystem, STAFF_PURPOSE, type RunningSystem } from '../helpers/startSystem.ts';
import { TRUSTED_MANIFEST } from '../helpers/trustedManifest.ts';

const SUPERGRAPH = readFileSync(
  new URL('../../schema/supergraph.graphql', import.meta.url),
  'utf8',
);
const POLL_MS = 150;

function entryOf(name: string): [string, string] {
  const entry = Object.entries(TRUSTED_MANIFEST).find(([, text]) => text.includes(`query ${name}`));
  if (entry === undefined) throw new Error(`no ${name} in the manifest`);
  return entry;
}

async function post(url: string, body: unknown, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { data?: unknown; errors?: unknown[] };
}

// One dialect: what is measured is the gateway's own work, which no registry database changes.
describe('trusted documents are parsed, validated and planned at load', () => {
  let system: RunningSystem;
  let operator: Record<string, string>;
  /** Every parse, validation and plan the gateway has made since the last reset. */
  const work: DocumentWork[] = [];
  const [summaryId, summaryText] = entryOf('CitizenSummary');
  const byId = { documentId: `sha256:${summaryId}`, variables: { fin: '5ZK7P2Q' } };

  beforeAll(async () => {
    system = await startSystem(
      { name: 'sqlite', url: undefined },
      {
        citizens: 20,
        schemaRegistry: { pollMs: POLL_MS },
        gateway: {
          documents: { manifest: TRUSTED_MANIFEST },
          observeDocumentWork: (step) => work.push(step),
          // What is counted is the gateway's work, not its latency: a cold first call on a
          // loaded machine must not time out.
          subgraphTimeoutMs: 10_000,
          requestDeadlineMs: 20_000,
        },
      },
    );
    operator = {
      authorization: `Bearer ${await system.token({ sub: 'op-1', role: 'operator', centre: 'baku-1' })}`,
      'x-dost-purpose': STAFF_PURPOSE,
    };
  }, 90_000);
  afterAll(async () => {
    await system.close();
  });
  beforeEach(() => {
    work.length = 0;
  });

  it('answers the first request by id without parsing, validating or planning', async () => {
    const answer = await post(system.gatewayUrl, byId, operator);
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toMatchObject({ citizen: { fin: '5ZK7P2Q' } });
    // With operationName too: the gateway keys that plan apart.
    const named = await post(
      system.gatewayUrl,
      { ...byId, operationName: 'CitizenSummary' },
      operator,
    );
    expect(named.errors).toBeUndefined();
    expect(work).toEqual([]);
  });

  it('still parses, validates and plans an operation sent as new text', async () => {
    // The same operation, spelled differently: a different text is a different document.
    const answer = await post(
      system.gatewayUrl,
      { query: `# spelled anew\n${summaryText}`, variables: { fin: '5ZK7P2Q' } },
      operator,
    );
    expect(answer.errors).toBeUndefined();
    expect(work).toEqual(['parse', 'validate', 'plan']);
  });

  it('prepares a manifest published while serving before its first request', async () => {
    const registry = system.schemaRegistry;
    if (registry === null) throw new Error('no registry');
    const text = 'query PreparedLater($fin: FIN!) { citizen(fin: $fin) { fin birthDate } }';
    const id = createHash('sha256').update(text).digest('hex');
    const published = await publishManifest({
      store: registry.manifests,
      documents: { ...TRUSTED_MANIFEST, [id]: text },
      supergraphSdl: SUPERGRAPH,
      replace: false,
      publishedBy: 'test',
    });
    expect(published).toMatchObject({ ok: true });
    const body = { documentId: `sha256:${id}`, variables: { fin: '5ZK7P2Q' } };
    // Until the replica loads it, the id is refused before any GraphQL work: so from here
    // on, the first request it serves counts too.
    work.length = 0;
    await expect
      .poll(async () => (await post(system.gatewayUrl, body, operator)).data, { timeout: 5_000 })
      .toMatchObject({ citizen: { fin: '5ZK7P2Q' } });
    expect((await post(system.gatewayUrl, body, operator)).errors).toBeUndefined();
    expect(work).toEqual([]);
  });

  it('prepares the manifest again for a reloaded supergraph, dropping the old plans', async () => {
    const registry = system.schemaRegistry;
    if (registry === null) throw new Error('no registry');
    // A new supergraph whose API schema differs (one description): a new document key
    // prefix in Apollo Server, and the gateway clears its plans.
    const reloaded = SUPERGRAPH.replace('The role they acted in.', 'The role they acted in (v2).');
    expect(reloaded).not.toBe(SUPERGRAPH);
    const recorded = await registry.record({
      subgraph: 'audit',
      subgraphs: [],
      supergraphSdl: reloaded,
      basedOn: await registry.latestVersion(),
      publishedBy: 'test',
      forced: true,
      checks: {},
    });
    expect(recorded.ok).toBe(true);
    const description = JSON.stringify({
      query: '{ __type(name: "AccessLogActor") { fields { name description } } }',
    });
    await expect
      .poll(
        async () => {
          const response = await fetch(system.gatewayUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...operator },
            body: description,
          });
          return JSON.stringify(await response.json());
        },
        { timeout: 5_000 },
      )
      .toContain('(v2)');
    work.length = 0;
    const answer = await post(system.gatewayUrl, byId, operator);
    expect(answer.errors).toBeUndefined();
    expect(work).toEqual([]);
  });
});
