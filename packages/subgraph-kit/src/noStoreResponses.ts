import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Marks every subgraph response `cache-control: no-store`: they carry personal data. Apollo
 * Server's cache-control plugin used to set this (no type or field has a cache hint), but it
 * also wraps every field resolver of the schema to compute hints nobody reads, so it is
 * turned off and this plugin keeps the header.
 */
export function noStoreResponses<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
          return Promise.resolve();
        },
      }),
  };
}
