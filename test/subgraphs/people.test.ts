import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProfile } from '../helpers/buildProfile.ts';
import { operator } from '../helpers/callSubgraph.ts';
import { startTestSubgraph, type TestSubgraph } from '../helpers/startTestSubgraph.ts';
import { testDialects } from '../helpers/testDatabases.ts';

describe.each(testDialects())('people subgraph on $name', (dialect) => {
  let subgraph: TestSubgraph;

  beforeAll(async () => {
    subgraph = await startTestSubgraph({
      name: 'people',
      dialect,
      profiles: [
        buildProfile({
          index: 0,
          fin: '5ZK7P2Q',
          family: [{ relation: 'SPOUSE', fin: '3HRT9WX' }],
        }),
        buildProfile({
          index: 1,
          fin: '3HRT9WX',
          family: [{ relation: 'SPOUSE', fin: '5ZK7P2Q' }],
        }),
      ],
    });
  });

  afterAll(() => subgraph.close());

  it('reads a citizen with UTF-8 names and family', async () => {
    const result = await subgraph.call(
      '{ citizen(fin: "5ZK7P2Q") { fullName family { relation citizen { fin givenName } } } }',
      operator(),
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
    const result = await subgraph.call(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { fin surname } } }',
      operator(),
      { variables: { r: [{ __typename: 'Citizen', fin: '3HRT9WX' }] } },
    );
    expect(result.data).toEqual({ _entities: [{ fin: '3HRT9WX', surname: 'Əliyev' }] });
  });

  it('refuses an unsigned request', async () => {
    const result = await subgraph.call('{ citizen(fin: "5ZK7P2Q") { fin } }', null);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers a malformed FIN with BAD_USER_INPUT', async () => {
    const result = await subgraph.call(
      'query ($f: FIN!) { citizen(fin: $f) { fin } }',
      operator(),
      { variables: { f: 'IO12345' } },
    );
    expect(result.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
