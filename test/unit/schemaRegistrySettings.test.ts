import { describe, expect, it } from 'vitest';
import { readEnv } from '@dost/platform/env.ts';

const PRODUCTION = {
  NODE_ENV: 'production',
  DOST_JWKS: 'https://login.dost.gov.az/jwks.json',
  DOST_TLS_CA_FILE: 'ca.pem',
  DOST_TLS_CERT_FILE: 'gateway.pem',
  DOST_TLS_KEY_FILE: 'gateway-key.pem',
};

describe('schema registry settings', () => {
  it('follow the embedded registry every 5 s by default, on DOST_DB_URL when given', () => {
    expect(readEnv({}).schemaRegistry).toEqual({ dbUrl: undefined, pollMs: 5_000, port: 4010 });
    const mysql = 'mysql://root@127.0.0.1:3306';
    expect(readEnv({ DOST_DB_URL: mysql }).schemaRegistry?.dbUrl).toBe(mysql);
    const own = readEnv({ DOST_DB_URL: mysql, DOST_DB_URL_SCHEMA_REGISTRY: `${mysql}/registry` });
    expect(own.schemaRegistry?.dbUrl).toBe(`${mysql}/registry`);
    expect(readEnv({ DOST_SUPERGRAPH_POLL_MS: '250' }).schemaRegistry?.pollMs).toBe(250);
    expect(() => readEnv({ DOST_SUPERGRAPH_POLL_MS: '0' })).toThrow(/DOST_SUPERGRAPH_POLL_MS/);
  });

  it('are off with DOST_SCHEMA_REGISTRY=off: the committed supergraph only', () => {
    expect(readEnv({ DOST_SCHEMA_REGISTRY: 'off' }).schemaRegistry).toBeNull();
  });

  it('take DOST_<NAME>_URL for a subgraph outside the core list, and refuse it plain in production', () => {
    const env = readEnv({
      DOST_TRAINING_URL: 'https://training.sea.gov.az/graphql',
      DOST_DB_URL: 'mysql://root@127.0.0.1:3306',
    });
    expect(env.otherSubgraphUrls).toEqual({ training: 'https://training.sea.gov.az/graphql' });
    expect(() => readEnv({ ...PRODUCTION, DOST_TRAINING_URL: 'http://training/graphql' })).toThrow(
      /DOST_TRAINING_URL=http:\/\/training\/graphql/,
    );
  });
});
