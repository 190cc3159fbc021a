import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allow, defineRegistrySubgraph, hasRole, type RuleTree } from '@dost/subgraph-kit';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';
import { auditRules } from '../../subgraphs/audit/permissions.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';

const sdl = (body: string) =>
  parse(`
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query { citizen(fin: String!): Citizen }
    type Citizen @key(fields: "fin") { fin: String! history(first: Int): HistoryConnection! }
    type History { id: ID! fin: String! }
    ${body}
  `);

const RELAY = `
  type HistoryConnection { edges: [HistoryEdge!]! pageInfo: HistoryPageInfo! }
  type HistoryEdge { cursor: String! node: History! }
  type HistoryPageInfo { hasNextPage: Boolean! endCursor: String }
`;

/** A registry that names every type but the page wrappers. */
function define(body: string, rules: RuleTree = {}) {
  const isCitizen = hasRole('citizen');
  return defineRegistrySubgraph({
    name: 'history',
    schema: sdl(body),
    migrations: [],
    registry: () => ({}),
    loaders: () => ({}),
    resolvers: {},
    rules: { Query: { citizen: isCitizen }, Citizen: isCitizen, History: isCitizen, ...rules },
  });
}

describe('a declared registry subgraph', () => {
  it('gets federation plumbing allowed wherever the schema has it', () => {
    const { rules } = define(RELAY);
    expect(rules['_Service']).toBe(allow);
    expect(rules['Query']).toMatchObject({ _entities: allow, _service: allow });
  });

  it('gets Relay page wrappers allowed, and only wrappers of the exact shape', () => {
    expect(define(RELAY).rules).toMatchObject({
      HistoryConnection: allow,
      HistoryEdge: allow,
      HistoryPageInfo: allow,
    });
    const counted = define(RELAY.replace('pageInfo: HistoryPageInfo!', '$& totalCount: Int!'));
    expect(counted.rules['HistoryConnection']).toBeUndefined();
    const named = define(RELAY.replace('node: History!', '$& registrar: String'));
    expect(named.rules['HistoryEdge']).toBeUndefined();
    expect(named.rules['HistoryConnection']).toBeUndefined();
    const leaky = define(RELAY.replace('endCursor: String', '$& owner: String'));
    expect(leaky.rules['HistoryPageInfo']).toBeUndefined();
  });

  it("keeps a registry's own rule for a wrapper over the kit's allow", () => {
    const isAuditor = hasRole('auditor');
    const { rules } = define(RELAY, { HistoryConnection: isAuditor });
    expect(rules['HistoryConnection']).toBe(isAuditor);
    expect(REGISTRY_SUBGRAPHS.audit.rules['AccessLogConnection']).toBe(
      auditRules.AccessLogConnection,
    );
  });

  it('refuses one rule over all of Query, which would hide _entities', () => {
    expect(() => define(RELAY, { Query: hasRole('citizen') })).toThrow(/field by field/);
  });
});

describe('a registry subgraph’s health endpoints', () => {
  let subgraph: TestSubgraph;
  let origin: string;
  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      name: 'pensions',
      dialect: { name: 'sqlite', url: undefined },
    });
    origin = new URL(subgraph.url).origin;
  });
  afterAll(() => subgraph.close());

  it('answer without the gateway’s token: live, and ready while the database answers', async () => {
    const live = await fetch(`${origin}/healthz`);
    expect([live.status, await live.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${origin}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
  });

  it('say not ready once the database is gone, and still live', async () => {
    await subgraph.db.destroy();
    const ready = await fetch(`${origin}/readyz`);
    expect([ready.status, await ready.json()]).toEqual([503, { status: 'not_ready' }]);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });
});
