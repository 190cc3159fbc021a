import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationLabel } from '@dost/platform/operationLabel.ts';
import { requestTraces } from './RequestTrace.ts';

/**
 * Puts the operation's name on the subgraph request's span once it parsed and validated
 * (`graphql.operation.name`, e.g. `OneWindow__people__1` as the gateway's query plan names
 * it): the name only, labelled as the gateway's metrics are (operationLabel: no FIN-like
 * run), never the document or its variables.
 */
export function nameRequestSpans<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation({ operationName }) {
          requestTraces
            .getStore()
            ?.span?.setAttribute('graphql.operation.name', operationLabel(operationName ?? ''));
          return Promise.resolve();
        },
      }),
  };
}
