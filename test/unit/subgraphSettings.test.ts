import { describe, expect, it } from 'vitest';
import { readEnv } from '@dost/platform/env.ts';
import { SUBGRAPH_LIST } from '@dost/platform/subgraphList.ts';
import { REGISTRY_SUBGRAPHS } from '../../subgraphs/catalog.ts';

const BUILT_IN = SUBGRAPH_LIST.map((listing) => listing.name);

describe('the one list of subgraphs', () => {
  it('is what this repository serves, in composition order', () => {
    expect(Object.keys(REGISTRY_SUBGRAPHS)).toEqual(BUILT_IN);
  });

  it('gives every subgraph its default port and URL', () => {
    const env = readEnv({});
    expect(env.subgraphs).toEqual(BUILT_IN);
    expect(env.subgraphPorts).toEqual({
      people: 4001,
      pensions: 4002,
      unemployment: 4003,
      disability: 4004,
      audit: 4005,
      services: 4006,
    });
    expect(env.subgraphUrls['audit']).toBe('https://127.0.0.1:4005/graphql');
  });
});

describe('DOST_SUBGRAPHS', () => {
  const withTraining = { DOST_SUBGRAPHS: [...BUILT_IN, 'training'].join(',') };

  it('adds an agency subgraph with no code change: its URL, port and database are read', () => {
    const env = readEnv({
      ...withTraining,
      DOST_TRAINING_URL: 'https://training.dma.gov.az/graphql',
      DOST_DB_URL: 'mysql://root@127.0.0.1:3306',
      DOST_DB_URL_TRAINING: 'mysql://training@10.0.0.7:3306/training',
    });
    expect(env.subgraphs).toEqual([...BUILT_IN, 'training']);
    expect(env.subgraphUrls['training']).toBe('https://training.dma.gov.az/graphql');
    expect(env.subgraphPorts['training']).toBeUndefined();
    expect(env.dbUrls['training']).toBe('mysql://training@10.0.0.7:3306/training');
    expect(env.dbUrls['pensions']).toBe('mysql://root@127.0.0.1:3306');
  });

  it('serves an agency subgraph on the port it is given', () => {
    const env = readEnv({ DOST_SUBGRAPHS: 'training', DOST_TRAINING_PORT: '4010' });
    expect(env.subgraphPorts).toEqual({ training: 4010 });
    expect(env.subgraphUrls).toEqual({ training: 'https://127.0.0.1:4010/graphql' });
  });

  it('wants a URL or a port for a subgraph it has no default for', () => {
    expect(() => readEnv(withTraining)).toThrow(/set DOST_TRAINING_URL .* or DOST_TRAINING_PORT/);
  });

  it('refuses names that cannot name variables, and a name given twice', () => {
    expect(() => readEnv({ DOST_SUBGRAPHS: 'people,Vocational-Training' })).toThrow(
      /'Vocational-Training' is not a name/,
    );
    expect(() => readEnv({ DOST_SUBGRAPHS: 'people,people' })).toThrow(/names one twice/);
  });

  it('keeps the audit store where the gateway writes it, even when the list leaves it out', () => {
    const env = readEnv({
      DOST_SUBGRAPHS: 'people',
      DOST_DB_URL_AUDIT: 'mysql://a@10.0.0.9/audit',
    });
    expect(env.dbUrls.audit).toBe('mysql://a@10.0.0.9/audit');
    expect(env.subgraphUrls).toEqual({ people: 'https://127.0.0.1:4001/graphql' });
  });
});
