import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { parse, validate, type GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_EXAMPLES } from '../../gateway/playground/defaultExamples.ts';
import { disableVendorTelemetry } from '@dost/platform/env.ts';

describe('playground examples', () => {
  let gateway: ApolloGateway;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    disableVendorTelemetry();
    gateway = new ApolloGateway({
      supergraphSdl: readFileSync(
        new URL('../../schema/supergraph.graphql', import.meta.url),
        'utf8',
      ),
    });
    // The API schema the gateway serves to clients, exactly.
    ({ schema } = await gateway.load());
  });
  afterAll(() => gateway.stop());

  it.each(DEFAULT_EXAMPLES.map((example) => [example.name, example.query] as const))(
    '%s is a valid operation against the supergraph',
    (_name, query) => {
      expect(validate(schema, parse(query)).map((error) => error.message)).toEqual([]);
    },
  );
});
