import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../platform/createLogger.ts';
import { listen, type Listening } from '../../platform/listen.ts';
import { createGatewayAuthenticator } from '../../subgraphs/kit/identity/createGatewayAuthenticator.ts';
import type { CitizenProfile } from '../../subgraphs/kit/synthetic/CitizenProfile.ts';
import { createPeopleSubgraph } from '../../subgraphs/people/createPeopleSubgraph.ts';
import { populationMigrations } from '../../subgraphs/people/migrations/index.ts';
import { seedPopulation } from '../../subgraphs/people/seedPopulation.ts';
import { callSubgraph, operator } from '../helpers/callSubgraph.ts';
import { createTestKeys, type KeyPair } from '../helpers/testKeys.ts';
import { openTestRegistry, testDialects, type TestDb } from '../helpers/testDatabases.ts';

function profile(
  index: number,
  fin: string,
  family: CitizenProfile['family'] = [],
): CitizenProfile {
  return {
    index,
    fin,
    person: {
      surname: 'Əliyev',
      givenName: 'Rəşad',
      patronymic: 'Vüqar oğlu',
      sex: 'M',
      birthDate: '1958-03-14',
      citizenship: 'AZE',
      region: 'Bakı',
      district: 'Nəsimi',
      street: 'Şərifzadə küç. 12',
      deathDate: null,
    },
    family,
    pension: null,
    allowances: [],
    unemployment: null,
    disability: null,
  };
}

describe.each(testDialects())('people subgraph on $name', (dialect) => {
  let store: TestDb;
  let server: Listening;
  let keys: KeyPair;
  const log = createLogger({ level: 'silent' });

  beforeAll(async () => {
    store = await openTestRegistry(dialect, 'population', populationMigrations);
    await seedPopulation(store.db, [
      profile(0, '5ZK7P2Q', [{ relation: 'SPOUSE', fin: '3HRT9WX' }]),
      profile(1, '3HRT9WX', [{ relation: 'SPOUSE', fin: '5ZK7P2Q' }]),
    ]);
    keys = await createTestKeys();
    const subgraph = createPeopleSubgraph({
      db: store.db,
      log,
      authenticate: createGatewayAuthenticator({ gatewayKey: keys.publicKey, audience: 'people' }),
    });
    await subgraph.start();
    server = await listen([subgraph.handler], { log });
  });

  afterAll(async () => {
    await server.close();
    await store.cleanup();
  });

  const signed = () => ({ key: keys.privateKey, audience: 'people', identity: operator() });

  it('reads a citizen with UTF-8 names and family', async () => {
    const result = await callSubgraph(
      server.url,
      {
        query:
          '{ citizen(fin: "5ZK7P2Q") { fullName family { relation citizen { fin givenName } } } }',
      },
      signed(),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      citizen: {
        fullName: 'Əliyev Rəşad Vüqar oğlu',
        family: [{ relation: 'SPOUSE', citizen: { fin: '3HRT9WX', givenName: 'Rəşad' } }],
      },
    });
  });

  it('resolves entities through _entities', async () => {
    const result = await callSubgraph(
      server.url,
      {
        query:
          'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fin surname } } }',
        variables: { r: [{ __typename: 'Citizen', fin: '3HRT9WX' }] },
      },
      signed(),
    );
    expect(result.data).toEqual({ _entities: [{ fin: '3HRT9WX', surname: 'Əliyev' }] });
  });

  it('refuses an unsigned request', async () => {
    const result = await callSubgraph(
      server.url,
      { query: '{ citizen(fin: "5ZK7P2Q") { fin } }' },
      null,
    );
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed FIN with BAD_USER_INPUT', async () => {
    const result = await callSubgraph(
      server.url,
      { query: 'query ($f: FIN!) { citizen(fin: $f) { fin } }', variables: { f: 'IO12345' } },
      signed(),
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
